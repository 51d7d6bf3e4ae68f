/**
 * Tickets into the hours: each ticket counts where it was opened, by channel (mail → EMAIL,
 * letters → LETTER, the rest → TICKET) and requester type; it is answered once staff replied;
 * its first response and resolution are measured from the opening and held against the SLA
 * policy of its department and priority (as the tickets context records policies and calendars),
 * settled when they happen. The backlog moves when tickets open, resolve and reopen.
 */
import type { OperationsChannel } from '@deskstream/operations-domain';
import {
  slaTracks,
  type BusinessCalendar,
  type SlaMoment,
  type SlaPolicy,
  type TicketChannel,
  type TicketEvent,
  type TicketSettingsEvent,
  type TicketStatus,
} from '@deskstream/tickets-domain';
import type { FoldContext } from './fold-context';

export type FoldedTicketEvent =
  | Extract<
      TicketEvent,
      {
        type: 'TicketOpened' | 'TicketReplied' | 'TicketStatusChanged' | 'TicketPriorityChanged' | 'TicketAssigned';
      }
    >
  | Extract<TicketEvent, { type: 'TicketDetailsChanged' }>
  | Extract<TicketSettingsEvent, { type: 'SlaPolicySet' | 'BusinessCalendarSet' }>;

export const FOLDED_TICKET_EVENT_TYPES = [
  'TicketOpened',
  'TicketReplied',
  'TicketStatusChanged',
  'TicketPriorityChanged',
  'TicketAssigned',
  'TicketDetailsChanged',
  'SlaPolicySet',
  'BusinessCalendarSet',
] as const satisfies readonly FoldedTicketEvent['type'][];

const RESOLVED: ReadonlySet<TicketStatus> = new Set(['SOLVED', 'CLOSED']);

interface TicketFacts {
  openedAt: string;
  openHour: number;
  channel: OperationsChannel;
  rawType: string;
  departmentId: string;
  priority: string;
  /** Status changes, for the SLA's clocks. */
  moments: SlaMoment[];
  firstReply: { minutes: number; met: boolean | null } | null;
  resolution: { minutes: number; met: boolean | null } | null;
}

export function channelOfTicket(channel: TicketChannel): OperationsChannel {
  if (channel === 'EMAIL') return 'EMAIL';
  if (channel === 'LETTER') return 'LETTER';
  return 'TICKET';
}

export class TicketFold {
  private readonly tickets = new Map<string, TicketFacts>();
  private readonly policies = new Map<string, SlaPolicy>();
  private readonly calendars = new Map<string, BusinessCalendar>();

  constructor(private readonly context: FoldContext) {}

  get size(): number {
    return this.tickets.size;
  }

  apply(event: FoldedTicketEvent): boolean {
    switch (event.type) {
      case 'SlaPolicySet':
        this.policies.set(`${event.data.departmentId} ${event.data.priority}`, event.data);
        return false;
      case 'BusinessCalendarSet':
        this.calendars.set(event.data.calendarId, event.data);
        return false;
      case 'TicketOpened':
        return this.open(event);
    }
    const ticket = this.tickets.get(event.data.ticketId);
    if (!ticket) return false;
    this.contribute(ticket, -1);
    switch (event.type) {
      case 'TicketReplied':
        if (event.data.author.kind === 'STAFF' && ticket.firstReply === null) {
          const at = event.data.repliedAt;
          ticket.firstReply = this.settle(ticket, 'firstResponseMinutes', at, [
            ...ticket.moments,
            { at, kind: 'reply' },
          ]);
        }
        break;
      case 'TicketStatusChanged':
        this.statusChanged(ticket, event.data.to, event.data.changedAt);
        break;
      case 'TicketPriorityChanged':
        ticket.priority = event.data.to;
        break;
      case 'TicketAssigned':
        ticket.departmentId = event.data.departmentId;
        break;
      case 'TicketDetailsChanged':
        ticket.rawType = event.data.requesterType ?? ticket.rawType;
        break;
    }
    this.contribute(ticket, 1);
    return true;
  }

  private open(event: Extract<FoldedTicketEvent, { type: 'TicketOpened' }>): boolean {
    const { ticketId, channel, requesterType, departmentId, priority, openedAt } = event.data;
    if (this.tickets.has(ticketId)) return false;
    const ticket: TicketFacts = {
      openedAt,
      openHour: this.context.hourOf(openedAt),
      channel: channelOfTicket(channel),
      rawType: requesterType,
      departmentId,
      priority,
      moments: [],
      firstReply: null,
      resolution: null,
    };
    this.tickets.set(ticketId, ticket);
    this.context.table.at(ticket.openHour).backlogDelta += 1;
    this.contribute(ticket, 1);
    return true;
  }

  private statusChanged(ticket: TicketFacts, to: TicketStatus, at: string): void {
    const last = ticket.moments[ticket.moments.length - 1];
    const was = last?.kind === 'status' ? last.to : 'NEW';
    ticket.moments.push({ at, kind: 'status', to });
    if (RESOLVED.has(to) === RESOLVED.has(was)) return;
    const hour = this.context.hourOf(at);
    if (RESOLVED.has(to)) {
      this.context.table.at(hour).backlogDelta -= 1;
      ticket.resolution = this.settle(ticket, 'resolutionMinutes', at, ticket.moments);
    } else {
      this.context.table.at(hour).backlogDelta += 1;
      ticket.resolution = null;
    }
  }

  /** How long from the opening, and whether the SLA's target was met (null: no target). */
  private settle(
    ticket: TicketFacts,
    metric: 'firstResponseMinutes' | 'resolutionMinutes',
    at: string,
    moments: SlaMoment[],
  ): { minutes: number; met: boolean | null } {
    const minutes = Math.max(0, (Date.parse(at) - Date.parse(ticket.openedAt)) / 60_000);
    const policy = this.policies.get(`${ticket.departmentId} ${ticket.priority}`);
    const target = policy?.[metric] ?? null;
    const calendar = policy ? this.calendars.get(policy.calendarId) : undefined;
    if (!policy || target === null || !calendar) return { minutes, met: null };
    const only = {
      firstResponseMinutes: metric === 'firstResponseMinutes' ? target : null,
      nextResponseMinutes: null,
      resolutionMinutes: metric === 'resolutionMinutes' ? target : null,
    };
    const track = slaTracks(ticket.openedAt, moments, only, calendar).targets[0];
    return { minutes, met: track ? track.breachedAt === null : null };
  }

  private contribute(ticket: TicketFacts, sign: 1 | -1): void {
    const { table } = this.context;
    const hour = ticket.openHour;
    const group = this.context.groupOf(ticket.rawType);
    table.addVolume(hour, ticket.channel, group, sign, ticket.firstReply ? sign : 0);
    if (ticket.firstReply) table.addSla(hour, 'firstResponse', ticket.firstReply.minutes, ticket.firstReply.met, sign);
    if (ticket.resolution) table.addSla(hour, 'resolution', ticket.resolution.minutes, ticket.resolution.met, sign);
  }
}
