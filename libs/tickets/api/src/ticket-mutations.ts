/**
 * Staff's commands on one ticket: open (for a call, a letter, a walk-in), reply (mailed through
 * the outbox when the requester chose email), notes with @mentions, status, priority,
 * assignment, tags, custom fields and details. Every one is idempotent by its command id and,
 * where the caller passes the revision they saw, refused as a conflict when the ticket changed.
 */
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { requireStaff } from '@deskstream/access';
import {
  checkFieldValues,
  parseMentions,
  TICKET_LIMITS,
  type TicketAttachment,
  type TicketsRejection,
} from '@deskstream/tickets-domain';
import type { TicketRecord } from '@deskstream/tickets-read-models';
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
import { mailRecipient, replyHeaders } from './reply-mailing';
import type { TicketCommandBody } from './ticket-commands';

type Mutations = Pick<
  MutationResolvers,
  | 'openTicket'
  | 'replyToTicket'
  | 'addTicketNote'
  | 'changeTicketStatus'
  | 'changeTicketPriority'
  | 'assignTicket'
  | 'tagTicket'
  | 'setTicketFields'
  | 'editTicketDetails'
>;

const isRejection = (value: unknown): value is TicketsRejection =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value;

export function ticketMutationResolvers(deps: TicketsModuleDeps): { Mutation: Mutations } {
  const { readModel, commands } = deps;

  const attachmentsOf = async (hashes: readonly string[] | null | undefined): Promise<TicketAttachment[]> => {
    const list = hashes ?? [];
    if (list.length > TICKET_LIMITS.maxAttachments) throw ticketError('TICKET_ATTACHMENTS_INVALID');
    const described = await Promise.all(list.map((hash) => deps.describeAttachment(hash)));
    if (described.some((file) => file === null)) throw ticketError('TICKET_ATTACHMENT_NOT_FOUND');
    return described as TicketAttachment[];
  };

  /** Runs a command on a ticket the caller may work; answers the ticket as it is now. */
  const exec = async (
    context: Parameters<typeof requireTicketForStaff>[0],
    ticketId: string,
    commandId: string,
    command: (ticket: TicketRecord) => TicketCommandBody,
    expectedRevision?: number | null,
  ): Promise<TicketRecord> => {
    checkCommandId(commandId);
    const { staff, ticket } = requireTicketForStaff(context, readModel, ticketId);
    const outcome = await commands.run(ticket.id, command(ticket), commandId, staffActor(staff), { expectedRevision });
    if (!outcome.ok) throw ticketCommandError(outcome.error);
    return readModel.byId(ticket.id)!;
  };

  const fieldsFor = (
    departmentId: string,
    inputs: readonly { key: string; value?: string | null }[],
    opening: boolean,
  ) => {
    const values = checkFieldValues(inputs, readModel.settings.department(departmentId).fields, opening);
    if (isRejection(values)) throw ticketCommandError(values);
    return values;
  };

  const requireRequesterType = (key: string) => {
    const types = readModel.settings.requesterTypes;
    if (types.length > 0 && !types.some((type) => type.key === key)) throw ticketError('TICKET_REQUESTER_TYPE_INVALID');
  };

  return {
    Mutation: {
      openTicket: async (_root, { input, commandId }, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        checkCommandId(commandId);
        requireDepartmentForStaff(staff, readModel, input.departmentId);
        requireRequesterType(input.requesterType);
        const fields = fieldsFor(input.departmentId, input.fields ?? [], true);
        const attachments = await attachmentsOf(input.attachments);
        const ticketId = eventIdFor(`${commandId}:ticket`, 0);
        const actor = staffActor(staff);
        const text = input.text?.trim() ?? '';
        const outcome = await commands.open(
          {
            ticketId,
            channel: input.channel,
            requester: {
              name: input.requester.name,
              email: input.requester.email ?? null,
              phone: input.requester.phone ?? null,
              language: input.requester.language,
              contactMethod: input.requester.contactMethod,
            },
            requesterType: input.requesterType,
            departmentId: input.departmentId,
            subject: input.subject,
            priority: input.priority ?? 'NORMAL',
            product: input.product ?? null,
            version: input.version ?? null,
            fields,
            tags: input.tags ?? [],
            origin: null,
            accessTokenHash: null,
            firstMessage:
              text || attachments.length > 0
                ? {
                    messageId: eventIdFor(`${commandId}:message`, 0),
                    via: input.channel,
                    from: { name: input.requester.name, address: input.requester.email ?? null },
                    text: text || '—',
                    attachments,
                    mail: null,
                  }
                : null,
          },
          commandId,
          actor,
        );
        if (!outcome.ok) throw ticketCommandError(outcome.error);
        if (input.assigneeId) {
          const agent = readModel.directory.staff.get(input.assigneeId);
          if (!agent || !agent.departmentIds.has(input.departmentId)) throw ticketError('TICKET_AGENT_NOT_FOUND');
          const assigned = await commands.run(
            ticketId,
            {
              type: 'Assign',
              data: { departmentId: input.departmentId, agentId: agent.id, agentName: agent.name, automatic: false },
            },
            `${commandId}:assign`,
            actor,
          );
          if (!assigned.ok) throw ticketCommandError(assigned.error);
        }
        return readModel.byId(ticketId)!;
      },
      replyToTicket: async (_root, args, context) => {
        checkCommandId(args.commandId);
        const { staff, ticket } = requireTicketForStaff(context, readModel, args.ticketId);
        const attachments = await attachmentsOf(args.attachments);
        const actor = staffActor(staff);
        const replyId = eventIdFor(`${args.commandId}:reply`, 0);
        const to = deps.mailbox ? mailRecipient(ticket) : null;
        const mailId = to ? eventIdFor(`${args.commandId}:mail`, 0) : null;
        const headers = to ? replyHeaders(ticket, replyId, deps.mailDomain) : null;
        const outcome = await commands.reply(
          ticket.id,
          { messageId: replyId, text: args.text, attachments, mailId, to, mail: headers, status: args.status ?? null },
          args.commandId,
          actor,
          { expectedRevision: args.expectedRevision },
        );
        if (!outcome.ok) throw ticketCommandError(outcome.error);
        const replied = outcome.events.find((event) => event.type === 'TicketReplied');
        if (to && mailId && headers && deps.mailbox && replied?.type === 'TicketReplied') {
          const replyTo =
            readModel.settings.inboundAddresses.find((entry) => entry.departmentId === ticket.departmentId)?.address ??
            null;
          const mail = deps.replyMail(
            ticket,
            { mailId, messageId: replyId, text: replied.data.text, attachments, author: actor, headers },
            replyTo,
          );
          const queued = await deps.mailbox.queue(mail, `${args.commandId}:mail`, { kind: 'staff', id: staff.id });
          if (!queued.ok) throw ticketError('TICKET_MAIL_NOT_QUEUED');
        }
        return readModel.byId(ticket.id)!;
      },
      addTicketNote: (_root, args, context) => {
        const mentions = parseMentions(args.text).flatMap((name) => readModel.directory.byName(name)?.id ?? []);
        return exec(context, args.ticketId, args.commandId, () => ({
          type: 'AddNote',
          data: { noteId: eventIdFor(`${args.commandId}:note`, 0), text: args.text, mentions },
        }));
      },
      changeTicketStatus: (_root, args, context) =>
        exec(
          context,
          args.ticketId,
          args.commandId,
          () => ({ type: 'ChangeStatus', data: { status: args.status } }),
          args.expectedRevision,
        ),
      changeTicketPriority: (_root, args, context) =>
        exec(
          context,
          args.ticketId,
          args.commandId,
          () => ({ type: 'ChangePriority', data: { priority: args.priority } }),
          args.expectedRevision,
        ),
      assignTicket: (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        requireDepartmentForStaff(staff, readModel, args.departmentId);
        const agent = args.agentId ? readModel.directory.staff.get(args.agentId) : null;
        if (args.agentId && (!agent || !agent.departmentIds.has(args.departmentId)))
          throw ticketError('TICKET_AGENT_NOT_FOUND');
        return exec(
          context,
          args.ticketId,
          args.commandId,
          () => ({
            type: 'Assign',
            data: {
              departmentId: args.departmentId,
              agentId: agent?.id ?? null,
              agentName: agent?.name ?? null,
              automatic: false,
            },
          }),
          args.expectedRevision,
        );
      },
      tagTicket: (_root, args, context) =>
        exec(context, args.ticketId, args.commandId, () => ({
          type: 'ChangeTags',
          data: { add: args.add ?? [], remove: args.remove ?? [] },
        })),
      setTicketFields: (_root, args, context) =>
        exec(
          context,
          args.ticketId,
          args.commandId,
          (ticket) => ({ type: 'SetFields', data: { fields: fieldsFor(ticket.departmentId, args.fields, false) } }),
          args.expectedRevision,
        ),
      editTicketDetails: (_root, args, context) => {
        if (args.requesterType != null) requireRequesterType(args.requesterType);
        return exec(
          context,
          args.ticketId,
          args.commandId,
          () => ({
            type: 'ChangeDetails',
            data: {
              ...(args.subject != null ? { subject: args.subject } : {}),
              ...(args.product !== undefined ? { product: args.product } : {}),
              ...(args.version !== undefined ? { version: args.version } : {}),
              ...(args.requesterType != null ? { requesterType: args.requesterType } : {}),
            },
          }),
          args.expectedRevision,
        );
      },
    },
  };
}
