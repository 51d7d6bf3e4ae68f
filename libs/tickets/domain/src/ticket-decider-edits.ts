/** The ticket decider's larger decisions: opening a ticket, its tags and its details. */
import { reject, type TicketsRejection } from './errors';
import { checkProduct, checkRequester, checkSubject, checkText, isRejected, normalizeTags } from './input-rules';
import { TICKET_LIMITS } from './limits';
import type { TicketState } from './ticket-state';
import type { TicketCommand } from './tickets-commands';
import type { TicketDetailsChanged, TicketEvent } from './tickets-events';

type CommandOf<Type extends TicketCommand['type']> = Extract<TicketCommand, { type: Type }>;

export function decideOpen(command: CommandOf<'OpenTicket'>): TicketEvent[] | TicketsRejection {
  const { data, at, actor } = command;
  const subject = checkSubject(data.subject);
  if (isRejected(subject)) return subject;
  const requester = checkRequester(data.requester);
  if (isRejected(requester)) return requester;
  const product = checkProduct(data.product, TICKET_LIMITS.productCharacters);
  if (isRejected(product)) return product;
  const version = checkProduct(data.version, TICKET_LIMITS.versionCharacters);
  if (isRejected(version)) return version;
  const tags = normalizeTags(data.tags);
  if (isRejected(tags)) return tags;
  if (tags.length > TICKET_LIMITS.tagsPerTicket) return reject('TICKET_TAGS_INVALID');
  if (!Number.isInteger(data.number) || data.number < 1) return reject('TICKET_NOT_FOUND');
  const { firstMessage, ...opened } = data;
  const events: TicketEvent[] = [
    {
      type: 'TicketOpened',
      data: { ...opened, subject, requester, product, version, tags, openedAt: at, openedBy: actor },
    },
  ];
  if (firstMessage) {
    const text = checkText(firstMessage.text);
    if (isRejected(text)) return text;
    events.push({
      type: 'TicketMessageReceived',
      data: { ticketId: data.ticketId, ...firstMessage, text, receivedAt: at, recordedBy: actor },
    });
  }
  return events;
}

export function decideTags(command: CommandOf<'ChangeTags'>, state: TicketState): TicketEvent[] | TicketsRejection {
  const add = normalizeTags(command.data.add);
  if (isRejected(add)) return add;
  const remove = normalizeTags(command.data.remove);
  if (isRejected(remove)) return remove;
  const removed = remove.filter((tag) => state.tags.includes(tag) && !add.includes(tag));
  const added = add.filter((tag) => !state.tags.includes(tag));
  if (added.length === 0 && removed.length === 0) return [];
  if (state.tags.length - removed.length + added.length > TICKET_LIMITS.tagsPerTicket)
    return reject('TICKET_TAGS_INVALID');
  return [
    {
      type: 'TicketTagsChanged',
      data: { ticketId: state.ticketId, added, removed, changedAt: command.at, by: command.actor },
    },
  ];
}

export function decideDetails(
  command: CommandOf<'ChangeDetails'>,
  state: TicketState,
): TicketEvent[] | TicketsRejection {
  const changes: Omit<TicketDetailsChanged['data'], 'ticketId' | 'changedAt' | 'by'> = {};
  const { data } = command;
  if (data.subject !== undefined) {
    const subject = checkSubject(data.subject);
    if (isRejected(subject)) return subject;
    if (subject !== state.subject) changes.subject = subject;
  }
  if (data.product !== undefined) {
    const product = checkProduct(data.product, TICKET_LIMITS.productCharacters);
    if (isRejected(product)) return product;
    if (product !== state.product) changes.product = product;
  }
  if (data.version !== undefined) {
    const version = checkProduct(data.version, TICKET_LIMITS.versionCharacters);
    if (isRejected(version)) return version;
    if (version !== state.version) changes.version = version;
  }
  if (data.requesterType !== undefined && data.requesterType !== state.requesterType)
    changes.requesterType = data.requesterType;
  if (Object.keys(changes).length === 0) return [];
  return [
    {
      type: 'TicketDetailsChanged',
      data: { ticketId: state.ticketId, ...changes, changedAt: command.at, by: command.actor },
    },
  ];
}
