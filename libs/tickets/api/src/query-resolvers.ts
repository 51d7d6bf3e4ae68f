/** Staff's ticket queries: the filtered, paged list; one ticket; the views' counts; saved views; who works a department. */
import { requireStaff } from '@deskstream/access';
import type { QueryResolvers, ResolversTypes, TicketViewKind } from '@deskstream/graphql-types';
import {
  InvalidCursorError,
  matches,
  type TicketListFilter,
  type TicketSortOrder,
  type TicketsReadModel,
} from '@deskstream/tickets-read-models';
import { TICKET_ROLES, requireDepartmentForStaff, staffMaySee, ticketError } from './ticket-access';
import { listFilterFor, savedFilter } from './ticket-filters';
import { accessError } from '@deskstream/access';

export interface QueryDeps {
  readModel: TicketsReadModel;
  now: () => Date;
  /** The staff who work a department's tickets (agents and supervisors), as identity's staff records. */
  staffOfDepartment?: (departmentId: string) => ResolversTypes['StaffMember'][];
}

const VIEWS: TicketViewKind[] = ['MINE', 'UNASSIGNED', 'MY_DEPARTMENTS', 'DUE_SOON', 'OVERDUE', 'ALL'];

export function ticketQueryResolvers(deps: QueryDeps): {
  Query: Pick<QueryResolvers, 'tickets' | 'ticket' | 'ticketViewCounts' | 'savedTicketViews' | 'ticketAgents'>;
} {
  const { readModel, now } = deps;
  const count = (filter: TicketListFilter, query: string | null) =>
    query ? readModel.searchTickets(query, (record) => matches(record, filter)).length : readModel.count(filter);

  return {
    Query: {
      tickets: (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        const first = args.first ?? 50;
        if (!Number.isInteger(first) || first < 0 || first > 200) throw ticketError('TICKET_LIST_TOO_LONG');
        const at = now();
        const { filter, query } = listFilterFor(args.filter, staff, readModel, at);
        const sort = (args.sort ?? 'UPDATED_DESC') as TicketSortOrder;
        try {
          const page = readModel.list({
            filter,
            sort,
            first,
            after: args.after,
            dueOf: (record) => readModel.nextDueAt(record),
            ...(query ? { candidates: readModel.searchTickets(query, (record) => matches(record, filter)) } : {}),
          });
          return {
            edges: page.records.map((node, index) => ({ cursor: page.cursors[index]!, node })),
            pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
            totalCount: page.totalCount,
          };
        } catch (error) {
          if (error instanceof InvalidCursorError) throw ticketError('TICKET_CURSOR_INVALID');
          throw error;
        }
      },
      ticket: (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        const ticket =
          args.id != null ? readModel.byId(args.id) : args.number != null ? readModel.byNumber(args.number) : undefined;
        if (!ticket) return null;
        if (!staffMaySee(staff, ticket)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
        return ticket;
      },
      ticketViewCounts: (_root, _args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        const at = now();
        return VIEWS.map((view) => {
          const { filter, query } = listFilterFor({ view }, staff, readModel, at);
          return { view, count: count(filter, query) };
        });
      },
      savedTicketViews: (_root, _args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        const at = now();
        return readModel.settings.viewsOf(staff.id).map((view) => {
          const { filter, query } = listFilterFor({ savedViewId: view.id }, staff, readModel, at);
          return savedViewOf(view, count(filter, query));
        });
      },
      ticketAgents: (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        requireDepartmentForStaff(staff, readModel, args.departmentId);
        return deps.staffOfDepartment?.(args.departmentId) ?? [];
      },
    },
  };
}

export function savedViewOf(
  view: { id: string; name: string; filter: Parameters<typeof savedFilter>[0] },
  count: number,
): ResolversTypes['SavedTicketView'] {
  const filter = view.filter;
  return {
    id: view.id,
    name: view.name,
    count,
    filter: {
      statuses: filter.statuses ?? [],
      priorities: filter.priorities ?? [],
      channels: filter.channels ?? [],
      departmentIds: filter.departmentIds ?? [],
      assigneeId: filter.assigneeId ?? null,
      unassigned: filter.unassigned ?? false,
      tags: filter.tags ?? [],
      requesterType: filter.requesterType ?? null,
      query: filter.query ?? null,
    },
  };
}
