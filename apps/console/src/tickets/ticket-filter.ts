import type {
  SavedTicketViewFieldsFragment as SavedView,
  TicketFilter,
  TicketPriority,
  TicketRowFieldsFragment as TicketRow,
  TicketSort,
  TicketStatus,
  TicketViewKind,
} from '../generated/graphql';

/** What the list asks for besides the view: the agent's own narrowing, kept in the address. */
export interface ListChoice {
  view: TicketViewKind | null;
  savedViewId: string | null;
  statuses: TicketStatus[];
  priorities: TicketPriority[];
  tags: string[];
  query: string;
  sort: TicketSort;
}

export const OPEN_STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD'];
export const ALL_STATUSES: TicketStatus[] = [...OPEN_STATUSES, 'SOLVED', 'CLOSED'];
export const ALL_PRIORITIES: TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const ALL_SORTS: TicketSort[] = ['UPDATED_DESC', 'CREATED_DESC', 'DUE_ASC', 'PRIORITY_DESC', 'NUMBER_DESC'];
export const BUILT_IN_VIEWS: TicketViewKind[] = ['MINE', 'UNASSIGNED', 'MY_DEPARTMENTS', 'DUE_SOON', 'OVERDUE', 'ALL'];

export const defaultChoice = (): ListChoice => ({
  view: 'MINE',
  savedViewId: null,
  statuses: [],
  priorities: [],
  tags: [],
  query: '',
  sort: 'UPDATED_DESC',
});

/** The api's filter for a choice. */
export function filterOf(choice: ListChoice): TicketFilter {
  const filter: TicketFilter = {};
  if (choice.view) filter.view = choice.view;
  if (choice.savedViewId) filter.savedViewId = choice.savedViewId;
  if (choice.statuses.length > 0) filter.statuses = [...choice.statuses];
  if (choice.priorities.length > 0) filter.priorities = [...choice.priorities];
  if (choice.tags.length > 0) filter.tags = [...choice.tags];
  const query = choice.query.trim();
  if (query) filter.query = query;
  return filter;
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : []).filter(
    (each): each is string => typeof each === 'string' && each.length > 0,
  );
const one = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The choice in a page address's query (`?view=MINE&status=OPEN,NEW&tag=…&q=…&sort=…&saved=…`). */
export function choiceFromQuery(query: Record<string, unknown>): ListChoice {
  const choice = defaultChoice();
  const saved = one(query['saved']);
  const view = one(query['view']);
  choice.savedViewId = saved;
  choice.view = saved ? null : BUILT_IN_VIEWS.includes(view as TicketViewKind) ? (view as TicketViewKind) : 'MINE';
  choice.statuses = list(query['status']).filter((each): each is TicketStatus =>
    ALL_STATUSES.includes(each as TicketStatus),
  );
  choice.priorities = list(query['priority']).filter((each): each is TicketPriority =>
    ALL_PRIORITIES.includes(each as TicketPriority),
  );
  choice.tags = list(query['tag']);
  choice.query = one(query['q']) ?? '';
  const sort = one(query['sort']);
  if (sort && ALL_SORTS.includes(sort as TicketSort)) choice.sort = sort as TicketSort;
  return choice;
}

/** The address query for a choice (only what differs from the default). */
export function queryFromChoice(choice: ListChoice): Record<string, string> {
  const query: Record<string, string> = {};
  if (choice.savedViewId) query['saved'] = choice.savedViewId;
  else if (choice.view && choice.view !== 'MINE') query['view'] = choice.view;
  if (choice.statuses.length > 0) query['status'] = choice.statuses.join(',');
  if (choice.priorities.length > 0) query['priority'] = choice.priorities.join(',');
  if (choice.tags.length > 0) query['tag'] = choice.tags.join(',');
  if (choice.query.trim()) query['q'] = choice.query.trim();
  if (choice.sort !== 'UPDATED_DESC') query['sort'] = choice.sort;
  return query;
}

export interface Viewer {
  id: string;
  departmentIds: readonly string[];
}

/**
 * Whether a pushed ticket belongs in the list as far as the console can tell (the view, status,
 * priority and tags; a saved view's or a search's filter only the api knows, so a new ticket
 * waits for the next read there, while a listed one is updated in place).
 */
export function fitsChoice(row: TicketRow, choice: ListChoice, viewer: Viewer, now: number): boolean {
  if (choice.savedViewId || choice.query.trim()) return false;
  if (row.mergedInto) return false;
  if (choice.statuses.length > 0 ? !choice.statuses.includes(row.status) : !OPEN_STATUSES.includes(row.status))
    return false;
  if (choice.priorities.length > 0 && !choice.priorities.includes(row.priority)) return false;
  if (choice.tags.some((tag) => !row.tags.includes(tag))) return false;
  const due = row.nextDueAt ? Date.parse(row.nextDueAt) : null;
  switch (choice.view) {
    case 'MINE':
      return row.assignee?.id === viewer.id;
    case 'UNASSIGNED':
      return row.assignee === null;
    case 'MY_DEPARTMENTS':
      return viewer.departmentIds.includes(row.department.id);
    case 'DUE_SOON':
      return due !== null && due >= now && due - now <= 60 * 60_000;
    case 'OVERDUE':
      return row.sla.some((target) => target.state === 'BREACHED') || (due !== null && due < now);
    default:
      return true;
  }
}

const PRIORITY_RANK: Record<TicketPriority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };

/** Negative when `a` comes first in the list's sort. */
export function compareRows(sort: TicketSort, a: TicketRow, b: TicketRow): number {
  switch (sort) {
    case 'CREATED_DESC':
      return b.openedAt.localeCompare(a.openedAt) || b.number - a.number;
    case 'DUE_ASC':
      return (a.nextDueAt ?? '\uffff').localeCompare(b.nextDueAt ?? '\uffff') || b.number - a.number;
    case 'PRIORITY_DESC':
      return PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || b.updatedAt.localeCompare(a.updatedAt);
    case 'NUMBER_DESC':
      return b.number - a.number;
    default:
      return b.updatedAt.localeCompare(a.updatedAt) || b.number - a.number;
  }
}

/**
 * The list with a ticket as it is now: in its place if listed (out once it no longer fits a
 * built-in view), in its sorted place if new and fitting (not past the loaded page's end). A
 * saved view's or a search's list keeps what it shows; a new ticket there is only counted
 * (`elsewhere`) until the next read.
 */
export function placeRow(
  rows: readonly TicketRow[],
  row: TicketRow,
  choice: ListChoice,
  viewer: Viewer,
  now: number,
  hasNextPage: boolean,
): { rows: TicketRow[]; added: number; elsewhere: boolean } {
  const fits = fitsChoice(row, choice, viewer, now);
  const serverOnly = Boolean(choice.savedViewId || choice.query.trim());
  const index = rows.findIndex((each) => each.id === row.id);
  if (index >= 0) {
    const next =
      serverOnly || fits ? rows.map((each, at) => (at === index ? row : each)) : rows.filter((_, at) => at !== index);
    return { rows: next, added: next.length - rows.length, elsewhere: false };
  }
  if (!fits) return { rows: [...rows], added: 0, elsewhere: serverOnly };
  const before = rows.findIndex((each) => compareRows(choice.sort, row, each) < 0);
  if (before < 0 && hasNextPage) return { rows: [...rows], added: 0, elsewhere: false };
  const next = before < 0 ? [...rows, row] : [...rows.slice(0, before), row, ...rows.slice(before)];
  return { rows: next, added: 1, elsewhere: false };
}

/** A saved view's filter as the form to save the current list. */
export function savedViewInput(name: string, choice: ListChoice) {
  return {
    name: name.trim(),
    statuses: choice.statuses,
    priorities: choice.priorities,
    tags: choice.tags,
    query: choice.query.trim() || null,
    unassigned: choice.view === 'UNASSIGNED',
  };
}

export type { SavedView };
