/**
 * Commands across tickets: merging one into another (the survivor shows the merged ticket's
 * history; the merged one points to it and is closed), links that both tickets show, and bulk
 * changes where each ticket succeeds or fails on its own.
 */
import type { MutationResolvers } from '@deskstream/graphql-types';
import { TICKET_LIMITS, TICKETS_ERRORS, type TicketLinkKind } from '@deskstream/tickets-domain';
import type { TicketRecord } from '@deskstream/tickets-read-models';
import { requireStaff } from '@deskstream/access';
import {
  TICKET_ROLES,
  checkCommandId,
  requireDepartmentForStaff,
  requireTicketForStaff,
  staffActor,
  ticketCommandError,
  ticketError,
} from './ticket-access';
import type { TicketsModuleDeps } from './module-deps';
import type { TicketCommandBody } from './ticket-commands';

const RECIPROCAL: Record<TicketLinkKind, TicketLinkKind> = {
  RELATED: 'RELATED',
  DUPLICATE: 'DUPLICATE',
  PARENT: 'CHILD',
  CHILD: 'PARENT',
};

export function relationResolvers(deps: TicketsModuleDeps): {
  Mutation: Pick<MutationResolvers, 'mergeTicket' | 'linkTickets' | 'unlinkTickets' | 'bulkUpdateTickets'>;
} {
  const { readModel, commands } = deps;
  const run = async (...args: Parameters<typeof commands.run>) => {
    const outcome = await commands.run(...args);
    if (!outcome.ok) throw ticketCommandError(outcome.error);
    return outcome;
  };

  return {
    Mutation: {
      mergeTicket: async (_root, args, context) => {
        checkCommandId(args.commandId);
        const { staff, ticket } = requireTicketForStaff(context, readModel, args.ticketId);
        const { ticket: survivor } = requireTicketForStaff(context, readModel, args.intoTicketId);
        if (ticket.id === survivor.id) throw ticketError('TICKET_MERGE_INTO_ITSELF');
        if (ticket.mergedInto && ticket.mergedInto.id !== survivor.id) throw ticketError('TICKET_MERGED');
        if (survivor.mergedInto || survivor.status === 'CLOSED') throw ticketError('TICKET_MERGE_TARGET_INVALID');
        const actor = staffActor(staff);
        await run(
          survivor.id,
          { type: 'Absorb', data: { mergedId: ticket.id, mergedNumber: ticket.number } },
          `${args.commandId}:absorb`,
          actor,
        );
        await run(
          ticket.id,
          { type: 'MergeInto', data: { survivorId: survivor.id, survivorNumber: survivor.number } },
          `${args.commandId}:merge`,
          actor,
        );
        return readModel.byId(survivor.id)!;
      },
      linkTickets: async (_root, args, context) => {
        checkCommandId(args.commandId);
        const { staff, ticket } = requireTicketForStaff(context, readModel, args.ticketId);
        const { ticket: other } = requireTicketForStaff(context, readModel, args.otherTicketId);
        if (ticket.id === other.id) throw ticketError('TICKET_LINK_TO_ITSELF');
        const actor = staffActor(staff);
        await run(
          ticket.id,
          { type: 'Link', data: { otherId: other.id, otherNumber: other.number, kind: args.kind } },
          `${args.commandId}:link`,
          actor,
        );
        await run(
          other.id,
          { type: 'Link', data: { otherId: ticket.id, otherNumber: ticket.number, kind: RECIPROCAL[args.kind] } },
          `${args.commandId}:link-back`,
          actor,
        );
        return readModel.byId(ticket.id)!;
      },
      unlinkTickets: async (_root, args, context) => {
        checkCommandId(args.commandId);
        const { staff, ticket } = requireTicketForStaff(context, readModel, args.ticketId);
        const { ticket: other } = requireTicketForStaff(context, readModel, args.otherTicketId);
        const actor = staffActor(staff);
        await run(ticket.id, { type: 'Unlink', data: { otherId: other.id } }, `${args.commandId}:unlink`, actor);
        const back = await commands.run(
          other.id,
          { type: 'Unlink', data: { otherId: ticket.id } },
          `${args.commandId}:unlink-back`,
          actor,
        );
        if (!back.ok && back.error.code !== 'TICKET_LINK_NOT_FOUND') throw ticketCommandError(back.error);
        return readModel.byId(ticket.id)!;
      },
      bulkUpdateTickets: async (_root, { ticketIds, change, commandId }, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        checkCommandId(commandId);
        if (ticketIds.length === 0 || ticketIds.length > TICKET_LIMITS.bulkTickets)
          throw ticketError('TICKET_BULK_TOO_LARGE');
        if (change.departmentId) requireDepartmentForStaff(staff, readModel, change.departmentId);
        const agent = change.assigneeId ? readModel.directory.staff.get(change.assigneeId) : undefined;
        if (change.assigneeId && (!agent || !change.departmentId || !agent.departmentIds.has(change.departmentId)))
          throw ticketError('TICKET_AGENT_NOT_FOUND');
        const actor = staffActor(staff);
        const updated: TicketRecord[] = [];
        const failed: { ticketId: string; reason: string; message: string }[] = [];
        for (const ticketId of [...new Set(ticketIds)]) {
          try {
            const { ticket } = requireTicketForStaff(context, readModel, ticketId);
            const steps: [string, TicketCommandBody][] = [];
            if (change.departmentId || change.unassign)
              steps.push([
                'assign',
                {
                  type: 'Assign',
                  data: {
                    departmentId: change.departmentId ?? ticket.departmentId,
                    agentId: change.unassign ? null : (agent?.id ?? null),
                    agentName: change.unassign ? null : (agent?.name ?? null),
                    automatic: false,
                  },
                },
              ]);
            if (change.addTags?.length || change.removeTags?.length)
              steps.push([
                'tags',
                { type: 'ChangeTags', data: { add: change.addTags ?? [], remove: change.removeTags ?? [] } },
              ]);
            if (change.priority)
              steps.push(['priority', { type: 'ChangePriority', data: { priority: change.priority } }]);
            if (change.status) steps.push(['status', { type: 'ChangeStatus', data: { status: change.status } }]);
            for (const [name, command] of steps)
              await run(ticket.id, command, `${commandId}:${ticket.id}:${name}`, actor);
            updated.push(readModel.byId(ticket.id)!);
          } catch (error) {
            const extensions = (error as { extensions?: { reason?: string } }).extensions;
            const reason = extensions?.reason ?? 'CONFLICT';
            failed.push({
              ticketId,
              reason,
              message: TICKETS_ERRORS.entryOf(reason)?.message ?? (error as Error).message,
            });
          }
        }
        return { updated, failed };
      },
    },
  };
}
