/**
 * Filtered, sorted, cursor-paged ticket lists over the indexes. The filter's most selective
 * indexed dimension gives the candidates; the rest is checked per ticket. The default order
 * (last changed first) walks the index kept in that order and stops once the page is full;
 * other orders sort the candidates. Cursors carry the last ticket's sort key, so a page
 * continues after it even when tickets changed in between.
 */
import type { TicketChannel, TicketPriority, TicketStatus } from '@deskstream/tickets-domain';
import { TICKET_PRIORITIES } from '@deskstream/tickets-domain';
import { UNASSIGNED, type TicketIndex } from './ticket-index';
import type { TicketRecord } from './ticket-record';

export const TICKET_SORTS = ['UPDATED_DESC', 'CREATED_DESC', 'DUE_ASC', 'PRIORITY_DESC', 'NUMBER_DESC'] as const;
export type TicketSortOrder = (typeof TICKET_SORTS)[number];

export interface TicketListFilter {
  statuses?: readonly TicketStatus[];
  priorities?: readonly TicketPriority[];
  channels?: readonly TicketChannel[];
  departmentIds?: readonly string[];
  /** An agent's id. */
  assigneeId?: string;
  unassigned?: boolean;
  /** Every one of these tags. */
  tags?: readonly string[];
  requesterType?: string;
  /** Only these departments may be seen at all (an agent's); undefined: all. */
  visibleDepartments?: readonly string[];
  /** Anything else the caller checks (an SLA view). */
  where?: (record: TicketRecord) => boolean;
}

export interface TicketListRequest {
  filter: TicketListFilter;
  sort: TicketSortOrder;
  first: number;
  after?: string | null;
  /** The soonest running SLA due time of a ticket (for DUE_ASC). */
  dueOf?: (record: TicketRecord) => string | null;
  /** Candidates from a search, instead of the indexes. */
  candidates?: readonly TicketRecord[];
}

export interface TicketListPage {
  records: TicketRecord[];
  /** Each record's cursor: the page after it starts there. */
  cursors: string[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export class InvalidCursorError extends Error {}

const RANK: Record<string, number> = Object.fromEntries(TICKET_PRIORITIES.map((priority, rank) => [priority, rank]));
const NEVER = 8.64e15;

type Key = number[];

function keyOf(record: TicketRecord, sort: TicketSortOrder, dueOf: TicketListRequest['dueOf']): Key {
  switch (sort) {
    case 'UPDATED_DESC':
      return [-record.updatedMs, -record.number];
    case 'CREATED_DESC':
      return [-Date.parse(record.openedAt), -record.number];
    case 'NUMBER_DESC':
      return [-record.number];
    case 'PRIORITY_DESC':
      return [-RANK[record.priority]!, -record.updatedMs, -record.number];
    case 'DUE_ASC': {
      const due = dueOf?.(record) ?? null;
      return [due ? Date.parse(due) : NEVER, -record.number];
    }
  }
}

const compareKeys = (a: Key, b: Key): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
};

export const encodeCursor = (sort: TicketSortOrder, key: Key): string =>
  Buffer.from(JSON.stringify([sort, ...key])).toString('base64url');

export function decodeCursor(cursor: string, sort: TicketSortOrder): Key {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === sort && parsed.slice(1).every((part) => typeof part === 'number'))
      return parsed.slice(1) as Key;
  } catch {
    // Falls through to the error.
  }
  throw new InvalidCursorError('This cursor is not one a ticket list gave.');
}

/** The candidate sets of each filtered dimension, smallest first; none when nothing indexed is filtered. */
function candidateSets(index: TicketIndex, filter: TicketListFilter): ReadonlySet<TicketRecord>[][] {
  const dimensions: ReadonlySet<TicketRecord>[][] = [];
  const union = (dimension: Parameters<TicketIndex['get']>[0], values: readonly string[] | undefined) => {
    if (values !== undefined) dimensions.push(values.map((value) => index.get(dimension, value)));
  };
  union('status', filter.statuses);
  union('priority', filter.priorities);
  union('channel', filter.channels);
  union('department', filter.departmentIds);
  union('department', filter.visibleDepartments);
  if (filter.assigneeId !== undefined) union('assignee', [filter.assigneeId]);
  if (filter.unassigned) union('assignee', [UNASSIGNED]);
  for (const tag of filter.tags ?? []) union('tag', [tag]);
  if (filter.requesterType !== undefined) union('requesterType', [filter.requesterType]);
  const size = (sets: ReadonlySet<TicketRecord>[]) => sets.reduce((sum, set) => sum + set.size, 0);
  return dimensions.sort((a, b) => size(a) - size(b));
}

export function matches(record: TicketRecord, filter: TicketListFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(record.status)) return false;
  if (filter.priorities && !filter.priorities.includes(record.priority)) return false;
  if (filter.channels && !filter.channels.includes(record.channel)) return false;
  if (filter.departmentIds && !filter.departmentIds.includes(record.departmentId)) return false;
  if (filter.visibleDepartments && !filter.visibleDepartments.includes(record.departmentId)) return false;
  if (filter.assigneeId !== undefined && record.assignee?.id !== filter.assigneeId) return false;
  if (filter.unassigned && record.assignee !== null) return false;
  if (filter.tags && !filter.tags.every((tag) => record.tags.includes(tag))) return false;
  if (filter.requesterType !== undefined && record.requesterType !== filter.requesterType) return false;
  return filter.where ? filter.where(record) : true;
}

/** Sorting this many candidates costs less than walking the whole ordered index for a sparse match. */
const SORT_BELOW = 4_000;

export function listTickets(index: TicketIndex, request: TicketListRequest, total: () => number): TicketListPage {
  const { filter, sort, first, dueOf } = request;
  const cursorKey = request.after ? decodeCursor(request.after, sort) : null;
  const page = (records: TicketRecord[], hasNextPage: boolean, totalCount: number): TicketListPage => {
    const cursors = records.map((record) => encodeCursor(sort, keyOf(record, sort, dueOf)));
    return { records, cursors, hasNextPage, totalCount, endCursor: cursors[cursors.length - 1] ?? null };
  };

  let candidates: TicketRecord[] | undefined;
  if (request.candidates) candidates = request.candidates.filter((record) => matches(record, filter));
  else {
    const dimensions = candidateSets(index, filter);
    const smallest = dimensions[0];
    const smallestSize = smallest?.reduce((sum, set) => sum + set.size, 0) ?? Number.POSITIVE_INFINITY;
    if ((sort === 'UPDATED_DESC' || sort === 'CREATED_DESC') && smallestSize > SORT_BELOW) {
      // Walk the tickets newest first (the ordered index from its end) from the cursor until the page is full.
      const ordered = sort === 'UPDATED_DESC' ? index.byUpdatedAscending : index.byCreatedAscending;
      let at = ordered.length;
      if (cursorKey) {
        // The first entry at or before the cursor in the list's order; the page starts just below it.
        let low = 0;
        while (low < at) {
          const middle = (low + at) >>> 1;
          if (compareKeys(keyOf(ordered[middle]!, sort, dueOf), cursorKey) <= 0) at = middle;
          else low = middle + 1;
        }
      }
      const records: TicketRecord[] = [];
      for (at -= 1; at >= 0 && records.length <= first; at--) {
        if (matches(ordered[at]!, filter)) records.push(ordered[at]!);
      }
      const hasNextPage = records.length > first;
      return page(records.slice(0, first), hasNextPage, total());
    }
    if (sort === 'NUMBER_DESC' && smallestSize > SORT_BELOW) {
      // Walk the tickets down from the highest number (or the cursor's) until the page is full.
      const numbers = index.byNumber;
      const records: TicketRecord[] = [];
      for (
        let number = cursorKey ? -cursorKey[0]! - 1 : numbers.length - 1;
        number > 0 && records.length <= first;
        number--
      ) {
        const record = numbers[number];
        if (record && matches(record, filter)) records.push(record);
      }
      return page(records.slice(0, first), records.length > first, total());
    }
    if (smallest === undefined) candidates = [...index.byUpdatedAscending];
    else {
      candidates = [];
      for (const set of smallest) for (const record of set) if (matches(record, filter)) candidates.push(record);
    }
  }
  const keyed = candidates.map((record) => ({ record, key: keyOf(record, sort, dueOf) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  let start = 0;
  if (cursorKey) while (start < keyed.length && compareKeys(keyed[start]!.key, cursorKey) <= 0) start++;
  const slice = keyed.slice(start, start + first).map((entry) => entry.record);
  return page(slice, start + first < keyed.length, keyed.length);
}

/** How many tickets match, counted over the most selective indexed dimension. */
export function countTickets(index: TicketIndex, filter: TicketListFilter): number {
  const smallest = candidateSets(index, filter)[0];
  let count = 0;
  if (smallest === undefined) {
    for (const record of index.byUpdatedAscending) if (matches(record, filter)) count++;
    return count;
  }
  for (const set of smallest) for (const record of set) if (matches(record, filter)) count++;
  return count;
}
