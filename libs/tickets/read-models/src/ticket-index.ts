/**
 * The indexes behind fast filtered lists: tickets by status, department, assignee, tag,
 * requester type, priority and channel, and every ticket in the order of its last change
 * (kept sorted as tickets change, so the default list walks it without sorting). That order is
 * kept oldest first: a change moves its ticket to (or near) the end of the array, where inserting
 * and removing cost next to nothing, so folding a long history stays linear.
 */
import { keptState } from '@deskstream/event-sourcing';
import type { TicketRecord } from './ticket-record';

export const UNASSIGNED = '';

type Dimension = 'status' | 'department' | 'assignee' | 'tag' | 'requesterType' | 'priority' | 'channel';

interface Indexed {
  status: string;
  department: string;
  assignee: string;
  tags: string[];
  requesterType: string;
  priority: string;
  channel: string;
  updatedAt: string;
}

const keysOf = (record: TicketRecord): Indexed => ({
  status: record.status,
  department: record.departmentId,
  assignee: record.assignee?.id ?? UNASSIGNED,
  tags: [...record.tags],
  requesterType: record.requesterType,
  priority: record.priority,
  channel: record.channel,
  updatedAt: record.updatedAt,
});

/** Most recently changed first; ties by the higher number. */
export const byUpdatedDesc = (
  a: Pick<TicketRecord, 'updatedAt' | 'number'>,
  b: Pick<TicketRecord, 'updatedAt' | 'number'>,
): number => (a.updatedAt === b.updatedAt ? b.number - a.number : a.updatedAt < b.updatedAt ? 1 : -1);

export class TicketIndex {
  private readonly sets = new Map<Dimension, Map<string, Set<TicketRecord>>>();
  private readonly indexed = new Map<string, Indexed>();
  /** Every ticket, least recently changed first (walk it from the end for the newest). */
  readonly byUpdatedAscending: TicketRecord[] = [];
  /** Every ticket, first opened first (walk it from the end for the newest); a ticket never moves in it. */
  readonly byCreatedAscending: TicketRecord[] = [];
  /** Every ticket at its number (numbers have gaps). */
  readonly byNumber: (TicketRecord | undefined)[] = [];
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({
    sets: this.sets,
    indexed: this.indexed,
    byUpdatedAscending: this.byUpdatedAscending,
    byCreatedAscending: this.byCreatedAscending,
    byNumber: this.byNumber,
  });

  constructor() {
    for (const dimension of [
      'status',
      'department',
      'assignee',
      'tag',
      'requesterType',
      'priority',
      'channel',
    ] as const)
      this.sets.set(dimension, new Map());
  }

  /** The tickets with this value of a dimension (empty when none). */
  get(dimension: Dimension, value: string): ReadonlySet<TicketRecord> {
    return this.sets.get(dimension)!.get(value) ?? EMPTY;
  }

  /** Puts a new or changed ticket where it now belongs. */
  update(record: TicketRecord): void {
    const before = this.indexed.get(record.id);
    const after = keysOf(record);
    const move = (dimension: Dimension, from: string | undefined, to: string | undefined) => {
      if (from === to) return;
      const sets = this.sets.get(dimension)!;
      if (from !== undefined) sets.get(from)?.delete(record);
      if (to !== undefined) {
        let set = sets.get(to);
        if (!set) sets.set(to, (set = new Set()));
        set.add(record);
      }
    };
    move('status', before?.status, after.status);
    move('department', before?.department, after.department);
    move('assignee', before?.assignee, after.assignee);
    move('requesterType', before?.requesterType, after.requesterType);
    move('priority', before?.priority, after.priority);
    move('channel', before?.channel, after.channel);
    for (const tag of before?.tags ?? []) if (!after.tags.includes(tag)) move('tag', tag, undefined);
    for (const tag of after.tags) if (!before?.tags.includes(tag)) move('tag', undefined, tag);
    if (!before) {
      this.byNumber[record.number] = record;
      this.insertCreated(record);
    }
    if (before?.updatedAt !== after.updatedAt || !before) {
      if (before) this.removeOrdered(record, before.updatedAt);
      this.insertOrdered(record);
    }
    this.indexed.set(record.id, after);
  }

  /**
   * Where a key belongs in `byUpdatedAscending`: the first entry that sorts after it. Entries
   * compare by the time they were indexed under, not the record's live value, which the
   * projection has already changed for the ticket being moved.
   */
  private position(key: { updatedAt: string; number: number }): number {
    const ordered = this.byUpdatedAscending;
    let low = 0;
    let high = ordered.length;
    // Most changes land at the end: check there before searching.
    if (high > 0 && byUpdatedDesc(this.keyOf(ordered[high - 1]!), key) > 0) return high;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byUpdatedDesc(this.keyOf(ordered[middle]!), key) >= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** New tickets are mostly the newest: they land at the end, else where their opening time puts them. */
  private insertCreated(record: TicketRecord): void {
    const ordered = this.byCreatedAscending;
    const key = createdKey(record);
    let low = 0;
    let high = ordered.length;
    if (high > 0 && compareCreated(createdKey(ordered[high - 1]!), key) <= 0) low = high;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareCreated(createdKey(ordered[middle]!), key) <= 0) low = middle + 1;
      else high = middle;
    }
    if (low === ordered.length) ordered.push(record);
    else ordered.splice(low, 0, record);
  }

  private keyOf(entry: TicketRecord) {
    return { updatedAt: this.indexed.get(entry.id)?.updatedAt ?? entry.updatedAt, number: entry.number };
  }

  private insertOrdered(record: TicketRecord): void {
    const at = this.position(record);
    if (at === this.byUpdatedAscending.length) this.byUpdatedAscending.push(record);
    else this.byUpdatedAscending.splice(at, 0, record);
  }

  private removeOrdered(record: TicketRecord, updatedAt: string): void {
    const ordered = this.byUpdatedAscending;
    // The entry sits just before where its old key would be inserted (ties: the same number is the same ticket).
    let at = this.position({ updatedAt, number: record.number }) - 1;
    while (at >= 0 && ordered[at] !== record) at--;
    if (at < 0) return;
    if (at === ordered.length - 1) ordered.pop();
    else ordered.splice(at, 1);
  }
}

const EMPTY: ReadonlySet<TicketRecord> = new Set();

const createdKey = (record: TicketRecord) => ({ at: Date.parse(record.openedAt), number: record.number });
const compareCreated = (a: { at: number; number: number }, b: { at: number; number: number }) =>
  a.at === b.at ? a.number - b.number : a.at - b.at;
