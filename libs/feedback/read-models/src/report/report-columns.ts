/**
 * The report's items as columns: one typed array per figure the views filter and count by (day,
 * product, version, report kind, severity, channel, source, reporter, topic, whether it counts),
 * strings interned to small numbers, so a view over 200,000 items is a loop over integers. What a
 * drill-down shows (the quote, the source refs, the reporter) is kept beside them per item.
 */
import type { FeedbackActor, FeedbackReporter, FeedbackSource } from '@deskstream/feedback-domain';

/** Strings to small numbers; 0 stands for none (null). */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: (string | null)[] = [null];

  id(value: string | null | undefined): number {
    if (value === null || value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of a value already seen, else -1 (a filter on a value nobody used matches nothing). */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  value(id: number): string | null {
    return this.values[id] ?? null;
  }

  get size(): number {
    return this.values.length;
  }
}

/** What a drill-down shows of an item. */
export interface ReportItemDetails {
  itemId: string;
  at: string;
  text: string;
  source: FeedbackSource;
  reporter: FeedbackReporter;
  language: string;
  channel: string;
  product: string | null;
  version: string | null;
  build: string | null;
  kind: string | null;
  severity: string | null;
  tags: string[];
  dismissed: string | null;
  topicId: string | null;
  capturedBy: FeedbackActor;
}

export const COUNTED = 1;

const COLUMNS = ['day', 'product', 'version', 'kind', 'severity', 'channel', 'source', 'reporter', 'topic'] as const;
type Column = (typeof COLUMNS)[number];

export class ReportColumns {
  size = 0;
  day = new Int32Array(1024);
  product = new Int32Array(1024);
  /** Interned as `<product> <version>`: one product's 2.1 is not another's. */
  version = new Int32Array(1024);
  /** The report kind under the definition the report was built with. */
  kind = new Int32Array(1024);
  severity = new Int32Array(1024);
  channel = new Int32Array(1024);
  source = new Int32Array(1024);
  reporter = new Int32Array(1024);
  topic = new Int32Array(1024);
  flags = new Uint8Array(1024);
  atMs = new Float64Array(1024);
  readonly details: ReportItemDetails[] = [];
  readonly indexOf = new Map<string, number>();

  /** A new row for an item; its figures are set by the caller. */
  add(details: ReportItemDetails, atMs: number): number {
    if (this.size === this.day.length) this.grow();
    const row = this.size++;
    this.details.push(details);
    this.atMs[row] = atMs;
    this.indexOf.set(details.itemId, row);
    return row;
  }

  private grow(): void {
    const capacity = this.day.length * 2;
    for (const column of COLUMNS) {
      const grown = new Int32Array(capacity);
      grown.set(this[column as Column]);
      this[column as Column] = grown;
    }
    const flags = new Uint8Array(capacity);
    flags.set(this.flags);
    this.flags = flags;
    const atMs = new Float64Array(capacity);
    atMs.set(this.atMs);
    this.atMs = atMs;
  }
}
