/**
 * The report in the runner: the projection applies each event to the report in force; while the
 * api rebuilds a report under a new definition (by replaying the store up to the position the
 * runner had reached), the events applied meanwhile are also kept, and given to the new report
 * before it takes over, so it misses nothing and nothing twice.
 */
import type { Projection, RecordedEvent } from '@deskstream/event-sourcing';
import type { FeedbackReportDefinition } from '@deskstream/feedback-domain';
import { FeedbackReport } from './feedback-report';
import { REPORT_EVENT_TYPES, type ReportEvent } from './report-events';

export class ReportHolder {
  private report: FeedbackReport;
  private pending: RecordedEvent<ReportEvent>[] | null = null;
  /** Rebuilds completed since start. */
  rebuilds = 0;

  constructor(
    readonly timeZone = 'UTC',
    definition?: FeedbackReportDefinition,
  ) {
    this.report = new FeedbackReport({ timeZone, definition });
  }

  /** Before any event: the report is built under `definition` (the one in force when the api starts). */
  startUnder(definition: FeedbackReportDefinition): void {
    if (this.report.version === 0) this.report = new FeedbackReport({ timeZone: this.timeZone, definition });
  }

  get current(): FeedbackReport {
    return this.report;
  }

  get rebuilding(): boolean {
    return this.pending !== null;
  }

  apply(event: RecordedEvent<ReportEvent>): boolean {
    this.pending?.push(event);
    return this.report.apply(event);
  }

  /** From now on keep what is applied, for the report being rebuilt. */
  beginRebuild(): void {
    this.pending = [];
  }

  /** A report under `definition`, to be fed the store's events up to where the runner was at `beginRebuild`. */
  freshReport(definition: FeedbackReportDefinition): FeedbackReport {
    return new FeedbackReport({ timeZone: this.timeZone, definition });
  }

  /** Feeds the rebuilt report what was applied since `beginRebuild` and puts it in force. */
  finishRebuild(fresh: FeedbackReport): void {
    for (const event of this.pending ?? []) fresh.apply(event);
    this.pending = null;
    this.report = fresh;
    this.rebuilds++;
  }

  abandonRebuild(): void {
    this.pending = null;
  }
}

export function feedbackReportProjection(holder: ReportHolder): Projection<ReportEvent> {
  return {
    name: 'feedback-report',
    handles: REPORT_EVENT_TYPES,
    apply: (event) => holder.apply(event),
  };
}
