/**
 * The feedback report for product teams, built under one definition of the report (its kind
 * taxonomy, the sources that count, whether dismissed items count): a pure fold of the events in
 * `REPORT_EVENT_TYPES`. A definition change met in the events is only remembered here
 * (`latestDefinition`, `stale`): the api then rebuilds a fresh report under it by replaying the
 * store, and swaps it in (`ReportHolder`).
 */
import type { RecordedEvent } from '@deskstream/event-sourcing';
import {
  DEFAULT_REPORT_DEFINITION,
  reportKindResolver,
  type FeedbackCaptured,
  type FeedbackKind,
  type FeedbackReportDefinition,
} from '@deskstream/feedback-domain';
import { COUNTED, Interner, ReportColumns } from './report-columns';
import { ZonedDays } from './report-days';
import type { ReportEvent } from './report-events';
import { foldFact } from './report-fact-fold';
import { ReportFacts } from './report-facts';

export interface FeedbackReportOptions {
  definition?: FeedbackReportDefinition;
  timeZone?: string;
}

export class FeedbackReport {
  readonly definition: FeedbackReportDefinition;
  /** The newest definition the events hold (the one to rebuild under when it is not `definition`). */
  latestDefinition: FeedbackReportDefinition;
  /** When and by whom the newest definition was made (none before the first change). */
  definitionChange: { at: string; byId: string } | null = null;
  readonly days: ZonedDays;
  readonly items = new ReportColumns();
  readonly facts = new ReportFacts();
  readonly products = new Interner();
  readonly versions = new Interner();
  readonly kinds = new Interner();
  readonly severities = new Interner();
  readonly channels = new Interner();
  readonly sourceKinds = new Interner();
  readonly reporters = new Interner();
  readonly topicIds = new Interner();
  /** Changes applied: views may cache on it. */
  version = 0;
  private readonly kindOf: (kind: FeedbackKind | null) => string;
  private readonly countedSources: Set<string>;
  private ordered: Int32Array | null = new Int32Array(0);
  private orderedSize = 0;

  constructor(options: FeedbackReportOptions = {}) {
    this.definition = options.definition ?? DEFAULT_REPORT_DEFINITION;
    this.latestDefinition = this.definition;
    this.days = new ZonedDays(options.timeZone);
    this.kindOf = reportKindResolver(this.definition);
    this.countedSources = new Set(this.definition.sources);
    for (const kind of this.definition.kinds) this.kinds.id(kind.key);
  }

  /** The report kind a captured kind counts as here. */
  reportKindOf(kind: string | null): string {
    return this.kindOf(kind as FeedbackKind | null);
  }

  get timeZone(): string {
    return this.days.timeZone;
  }

  /** True when the events hold a newer definition than the one this report was built with. */
  get stale(): boolean {
    return this.latestDefinition.version !== this.definition.version;
  }

  apply(event: RecordedEvent<ReportEvent>): boolean {
    const changed = this.fold(event);
    if (changed) this.version++;
    return changed;
  }

  private fold(event: RecordedEvent<ReportEvent>): boolean {
    switch (event.type) {
      case 'FeedbackCaptured':
        return this.capture(event.data);
      case 'FeedbackClassified': {
        const row = this.items.indexOf.get(event.data.itemId);
        if (row === undefined) return false;
        const details = this.items.details[row]!;
        Object.assign(details, {
          product: event.data.product,
          version: event.data.version,
          build: event.data.build,
          kind: event.data.kind,
          severity: event.data.severity,
          tags: event.data.tags,
        });
        this.setFigures(row);
        return true;
      }
      case 'FeedbackDismissed':
      case 'FeedbackRestored': {
        const row = this.items.indexOf.get(event.data.itemId);
        if (row === undefined) return false;
        this.items.details[row]!.dismissed = event.type === 'FeedbackDismissed' ? event.data.reason : null;
        this.setFigures(row);
        return true;
      }
      case 'FeedbackGrouped':
      case 'FeedbackUngrouped': {
        const row = this.items.indexOf.get(event.data.itemId);
        if (row === undefined) return false;
        const topicId = event.type === 'FeedbackGrouped' ? event.data.topicId : null;
        this.items.topic[row] = this.topicIds.id(topicId);
        this.items.details[row]!.topicId = topicId;
        return true;
      }
      case 'FeedbackAnswerDelivered':
      case 'FeedbackAnswerUndeliverable':
        return false;
      default:
        return foldFact(this, event);
    }
  }

  private capture(data: FeedbackCaptured['data']): boolean {
    if (this.items.indexOf.has(data.itemId)) return false;
    const atMs = Date.parse(data.at);
    const row = this.items.add(
      {
        itemId: data.itemId,
        at: data.at,
        text: data.text,
        source: data.source,
        reporter: data.reporter,
        language: data.language,
        channel: data.channel,
        product: data.product,
        version: data.version,
        build: data.build,
        kind: data.kind,
        severity: data.severity,
        tags: data.tags,
        dismissed: null,
        topicId: null,
        capturedBy: data.capturedBy,
      },
      atMs,
    );
    const { items } = this;
    items.day[row] = this.days.dayOf(atMs);
    items.channel[row] = this.channels.id(data.channel);
    items.source[row] = this.sourceKinds.id(data.source.kind);
    items.reporter[row] = this.reporters.id(reporterKey(data));
    items.topic[row] = 0;
    this.setFigures(row);
    this.placeInOrder(row, atMs);
    return true;
  }

  /** Sets the row's classification figures and whether it counts, under this report's definition. */
  private setFigures(row: number): void {
    const { items } = this;
    const details = items.details[row]!;
    items.product[row] = this.products.id(details.product);
    items.version[row] = details.version === null ? 0 : this.versions.id(`${details.product ?? ''} ${details.version}`);
    items.kind[row] = this.kinds.id(this.kindOf(details.kind as FeedbackKind | null));
    items.severity[row] = this.severities.id(details.severity);
    const counts =
      this.countedSources.has(details.source.kind) && (details.dismissed === null || this.definition.dismissedCount);
    items.flags[row] = counts ? items.flags[row]! | COUNTED : items.flags[row]! & ~COUNTED;
  }

  private placeInOrder(row: number, atMs: number): void {
    const ordered = this.ordered;
    if (!ordered) return;
    const last = this.orderedSize > 0 ? this.items.atMs[ordered[this.orderedSize - 1]!]! : -Infinity;
    if (atMs < last) {
      this.ordered = null;
      return;
    }
    if (this.orderedSize === ordered.length) {
      const grown = new Int32Array(Math.max(1024, ordered.length * 2));
      grown.set(ordered);
      this.ordered = grown;
    }
    this.ordered![this.orderedSize++] = row;
  }

  /** The rows oldest first (ties in capture order), sorted again only after an item arrived out of order. */
  rowsInTimeOrder(): Int32Array {
    if (!this.ordered) {
      const rows = new Int32Array(this.items.size);
      for (let row = 0; row < rows.length; row++) rows[row] = row;
      const at = this.items.atMs;
      rows.sort((a, b) => at[a]! - at[b]! || a - b);
      this.ordered = rows;
      this.orderedSize = rows.length;
    }
    return this.ordered.subarray(0, this.orderedSize);
  }
}

/** Who reported it, for counting reporters once: the customer, else their email, else the item. */
function reporterKey(data: FeedbackCaptured['data']): string {
  if (data.reporter.customerId) return `customer:${data.reporter.customerId}`;
  const email = data.reporter.personal.email?.trim().toLowerCase();
  if (email) return `email:${email}`;
  if (data.reporter.kind === 'SUPPORT_UNIT') return `staff:${data.capturedBy.id}`;
  return `item:${data.itemId}`;
}
