/**
 * The `tickets` query's filter as the read model's: a built-in view (mine, unassigned, my
 * departments, due soon, overdue), a saved view's filter, the explicit criteria, and what the
 * caller may see at all.
 */
import type { SignedInStaff } from '@deskstream/access';
import type { TicketFilter, TicketViewKind } from '@deskstream/graphql-types';
import type { TicketStatus, TicketViewFilter } from '@deskstream/tickets-domain';
import type { TicketListFilter, TicketsReadModel } from '@deskstream/tickets-read-models';
import { accessError } from '@deskstream/access';
import { departmentsOf, ticketError } from './ticket-access';

export const UNRESOLVED: readonly TicketStatus[] = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD'];
/** DUE_SOON: a running target falls due within this. */
export const DUE_SOON_MS = 60 * 60_000;

const normalizedTags = (tags: readonly string[] | null | undefined) =>
  tags?.map((tag) => tag.trim().toLowerCase()).filter(Boolean);

export function viewFilter(
  view: TicketViewKind,
  staff: SignedInStaff,
  readModel: TicketsReadModel,
  now: Date,
): TicketListFilter {
  const dueBefore = (limit: number) => (record: Parameters<TicketsReadModel['nextDueAt']>[0]) => {
    const due = readModel.nextDueAt(record);
    return due !== null && Date.parse(due) <= limit;
  };
  switch (view) {
    case 'MINE':
      return { assigneeId: staff.id, statuses: UNRESOLVED };
    case 'UNASSIGNED':
      return { unassigned: true, statuses: UNRESOLVED };
    case 'MY_DEPARTMENTS':
      return { departmentIds: staff.departmentIds, statuses: UNRESOLVED };
    case 'DUE_SOON': {
      const soon = dueBefore(now.getTime() + DUE_SOON_MS);
      const overdue = dueBefore(now.getTime());
      return { statuses: UNRESOLVED, where: (record) => soon(record) && !overdue(record) };
    }
    case 'OVERDUE':
      return { statuses: UNRESOLVED, where: dueBefore(now.getTime()) };
    case 'ALL':
      return {};
  }
}

export function savedFilter(saved: TicketViewFilter): TicketListFilter & { query?: string } {
  return {
    ...(saved.statuses?.length ? { statuses: saved.statuses } : {}),
    ...(saved.priorities?.length ? { priorities: saved.priorities } : {}),
    ...(saved.channels?.length ? { channels: saved.channels } : {}),
    ...(saved.departmentIds?.length ? { departmentIds: saved.departmentIds } : {}),
    ...(saved.assigneeId ? { assigneeId: saved.assigneeId } : {}),
    ...(saved.unassigned ? { unassigned: true } : {}),
    ...(saved.tags?.length ? { tags: saved.tags } : {}),
    ...(saved.requesterType ? { requesterType: saved.requesterType } : {}),
    ...(saved.query ? { query: saved.query } : {}),
  };
}

/** The list filter and search query for the caller; explicit criteria override a view's and a saved view's. */
export function listFilterFor(
  filter: TicketFilter | null | undefined,
  staff: SignedInStaff,
  readModel: TicketsReadModel,
  now: Date,
): { filter: TicketListFilter; query: string | null } {
  let base: TicketListFilter & { query?: string } = filter?.view ? viewFilter(filter.view, staff, readModel, now) : {};
  if (filter?.savedViewId) {
    const saved = readModel.settings.views.get(filter.savedViewId);
    if (!saved) throw ticketError('TICKET_VIEW_NOT_FOUND');
    if (saved.ownerId !== staff.id) throw accessError('ACCESS_ROLE_REQUIRED');
    base = { ...base, ...savedFilter(saved.filter) };
  }
  const explicit: TicketListFilter = {
    ...(filter?.statuses ? { statuses: filter.statuses } : {}),
    ...(filter?.priorities ? { priorities: filter.priorities } : {}),
    ...(filter?.channels ? { channels: filter.channels } : {}),
    ...(filter?.departmentIds ? { departmentIds: filter.departmentIds } : {}),
    ...(filter?.assigneeId ? { assigneeId: filter.assigneeId } : {}),
    ...(filter?.tags ? { tags: normalizedTags(filter.tags) } : {}),
    ...(filter?.requesterType ? { requesterType: filter.requesterType } : {}),
  };
  const { query: savedQuery, ...rest } = base;
  const visible = departmentsOf(staff);
  const query = (filter?.query ?? savedQuery ?? '').trim();
  if (query.length > 200) throw ticketError('TICKET_QUERY_TOO_LONG');
  return {
    filter: { ...rest, ...explicit, ...(visible ? { visibleDepartments: visible } : {}) },
    query: query === '' ? null : query,
  };
}
