/**
 * Tickets in memory for the public side's tests: the real decider and read model, commands
 * idempotent by command id, and the change notifications the projection runner would give.
 */
import type { ReadModelChange } from '@deskstream/event-sourcing';
import {
  decideTicket,
  evolveTicket,
  initialTicketState,
  isTicketsRejection,
  type TicketActor,
  type TicketCommand,
  type TicketEvent,
  type TicketState,
  type TicketAttachment,
} from '@deskstream/tickets-domain';
import { TICKETS_PROJECTION, TicketsReadModel } from '@deskstream/tickets-read-models';
import type { PublicTicketCommands, PublicTicketDeps } from '../public-deps';
import type { ReceiptMailbox } from '../receipt-mail';

type Body = TicketCommand extends infer C ? (C extends unknown ? Omit<C, 'at' | 'actor'> : never) : never;

export class InMemoryTickets implements PublicTicketCommands {
  readonly readModel = new TicketsReadModel();
  private readonly streams = new Map<string, { state: TicketState; revision: number }>();
  private readonly done = new Map<string, TicketEvent[]>();
  private readonly listeners = new Set<(change: ReadModelChange) => void>();
  private numbers = 0;
  now = new Date('2026-12-07T09:00:00.000Z');

  constructor() {
    this.readModel.directory.apply({
      type: 'DepartmentOpened',
      data: { departmentId: 'support', name: { fa: 'پشتیبانی', en: 'Support', ja: 'サポート', vi: 'Hỗ trợ' } },
    } as never);
    this.readModel.settings.apply({
      type: 'RequesterTypesConfigured',
      data: {
        types: [{ key: 'customer', name: { fa: 'مشتری', en: 'Customer', ja: '顧客', vi: 'Khách hàng' } }],
        configuredAt: this.now.toISOString(),
        by: { kind: 'SYSTEM', name: 'seed' },
      },
    });
  }

  runner = { onChange: (listener: (change: ReadModelChange) => void) => this.subscribe(listener) };

  private subscribe(listener: (change: ReadModelChange) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Any command, as staff or the requester would make it; applied to the read model at once. */
  async run(ticketId: string, command: Body, commandId: string, actor: TicketActor, at?: string) {
    const repeat = this.done.get(commandId);
    if (repeat) return { ok: true as const, events: repeat };
    const stream = this.streams.get(ticketId) ?? { state: initialTicketState(), revision: -1 };
    const when = at ?? this.now.toISOString();
    const decided = decideTicket({ ...command, at: when, actor } as TicketCommand, stream.state);
    if (isTicketsRejection(decided)) return { ok: false as const, error: decided };
    decided.forEach((event, index) => {
      stream.state = evolveTicket(stream.state, event);
      stream.revision += 1;
      const id = `${commandId}/${index}`;
      this.readModel.applyTicket(event, id, stream.revision);
      for (const listener of this.listeners)
        listener({ projection: TICKETS_PROJECTION, event: { ...event, id } as never });
    });
    this.streams.set(ticketId, stream);
    this.done.set(commandId, decided);
    return { ok: true as const, events: decided };
  }

  async open(data: Parameters<PublicTicketCommands['open']>[0], commandId: string, actor: TicketActor, at?: string) {
    const repeat = this.done.get(commandId);
    const number = repeat ? (repeat[0] as Extract<TicketEvent, { type: 'TicketOpened' }>).data.number : ++this.numbers;
    const outcome = await this.run(
      data.ticketId,
      { type: 'OpenTicket', data: { ...data, number } },
      commandId,
      actor,
      at,
    );
    return outcome.ok ? { ...outcome, number } : outcome;
  }

  receiveMessage(...[ticketId, data, commandId, actor, at]: Parameters<PublicTicketCommands['receiveMessage']>) {
    return this.run(ticketId, { type: 'ReceiveMessage', data }, commandId, actor, at);
  }
}

export const staff: TicketActor = { kind: 'STAFF', id: 'staff-nima', name: 'Nima Rad' };

export const FILE: TicketAttachment = {
  hash: 'a'.repeat(64),
  filename: 'setup.log',
  contentType: 'text/plain',
  size: 1200,
};

/** The public side's deps over the tickets in memory, with a mailbox that keeps what it was given. */
export function publicDeps(tickets = new InMemoryTickets()) {
  const mails: Parameters<ReceiptMailbox['queue']>[] = [];
  const deps: PublicTicketDeps = {
    readModel: tickets.readModel,
    commands: tickets,
    now: () => tickets.now,
    describeAttachment: async (hash) => (hash === FILE.hash ? FILE : null),
    mailbox: {
      queue: async (...args) => {
        mails.push(args);
        return { ok: true };
      },
    },
    publicUrl: 'https://help.library.example',
  };
  return { tickets, deps, mails };
}
