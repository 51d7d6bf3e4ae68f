/**
 * The tickets' commands on the shared command runner: each on its ticket's stream, decided by the
 * ticket decider, idempotent by command id (event ids derive from it), waiting until the read
 * model holds what was written. Opening a ticket first allocates its number from the
 * `ticket-numbers` sequence through the store's expected revision (a conflict re-reads and takes
 * the next number), under a command id derived from the opening's, so a retried opening gets the
 * same number. Mail, the public form and staff all go through these methods; nobody else appends
 * ticket events.
 */
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
import {
  TICKET_NUMBER_STREAM,
  TICKET_SETTINGS_STREAM,
  ticketSettingsDecider,
  ticketViewDecider,
  ticketViewStream,
  type TicketSettingsCommand,
  type TicketSettingsEvent,
  type TicketViewCommand,
  type TicketViewEvent,
  ticketDecider,
  ticketNumberDecider,
  ticketStream,
  type OpenTicketData,
  type ReceiveMessageData,
  type ReplyData,
  type TicketActor,
  type TicketCommand,
  type TicketEvent,
  type TicketsErrorReason,
} from '@deskstream/tickets-domain';

export type TicketOutcome = CommandOutcome<TicketEvent, TicketsErrorReason>;

/** A command without its stamp: what callers say, before time and actor are added. */
type Unstamped<C> = C extends unknown ? Omit<C, 'at' | 'actor' | 'expectedRevision'> : never;
export type TicketCommandBody = Unstamped<TicketCommand>;

/** Retries of a number allocation under contention (each a re-read of the sequence). */
const NUMBER_RETRIES = 50;

/** The actor the store's metadata records for a ticket actor. */
export function storeActor(actor: TicketActor): Actor {
  switch (actor.kind) {
    case 'STAFF':
      return { kind: 'staff', id: actor.id };
    case 'REQUESTER':
      return { kind: 'customer', id: actor.name.slice(0, 120) };
    case 'SYSTEM':
      return { kind: 'system', id: actor.name };
  }
}

/** Allocates the next ticket number for the ticket; the same command id again answers the same number. */
export async function allocateTicketNumber(
  runner: CommandRunner,
  ticketId: string,
  at: string,
  commandId = `number-${ticketId}`,
): Promise<CommandOutcome<{ data: { number: number } }, TicketsErrorReason>> {
  return runner.run({
    streamName: TICKET_NUMBER_STREAM,
    decider: ticketNumberDecider,
    command: { type: 'AllocateTicketNumber', data: { ticketId, at } },
    commandId,
    metadata: { actor: { kind: 'system', id: 'ticket-numbers' } },
    maxRetries: NUMBER_RETRIES,
  });
}

export class TicketCommands {
  private readonly runner: CommandRunner;

  constructor(
    store: CommandStore,
    progress: ReadModelProgress,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.runner = new CommandRunner(store, progress);
  }

  /** Any command on a ticket. */
  run(
    ticketId: string,
    command: TicketCommandBody,
    commandId: string,
    actor: TicketActor,
    options: { at?: string; expectedRevision?: number | null } = {},
  ): Promise<TicketOutcome> {
    const stamped = {
      ...command,
      at: options.at ?? this.now().toISOString(),
      actor,
      ...(options.expectedRevision === undefined || options.expectedRevision === null
        ? {}
        : { expectedRevision: options.expectedRevision }),
    } as TicketCommand;
    return this.runner.run({
      streamName: ticketStream(ticketId),
      decider: ticketDecider,
      command: stamped,
      commandId,
      metadata: { actor: storeActor(actor) },
    });
  }

  /** Opens a ticket with the next number; `number` in the outcome. The same command id again answers the same ticket. */
  async open(
    data: Omit<OpenTicketData, 'number'>,
    commandId: string,
    actor: TicketActor,
    at?: string,
  ): Promise<TicketOutcome & { number?: number }> {
    const when = at ?? this.now().toISOString();
    const allocated = await allocateTicketNumber(this.runner, data.ticketId, when, `${commandId}:number`);
    if (!allocated.ok) return allocated;
    const number = allocated.events[0]!.data.number;
    const outcome = await this.run(data.ticketId, { type: 'OpenTicket', data: { ...data, number } }, commandId, actor, {
      at: when,
    });
    return outcome.ok ? { ...outcome, number } : outcome;
  }

  receiveMessage(ticketId: string, data: ReceiveMessageData, commandId: string, actor: TicketActor, at?: string) {
    return this.run(ticketId, { type: 'ReceiveMessage', data }, commandId, actor, { at });
  }

  reply(
    ticketId: string,
    data: ReplyData,
    commandId: string,
    actor: TicketActor,
    options: { at?: string; expectedRevision?: number | null } = {},
  ) {
    return this.run(ticketId, { type: 'Reply', data }, commandId, actor, options);
  }

  recordBounce(
    ticketId: string,
    data: { messageId: string | null; address: string; reason: string },
    commandId: string,
    actor: TicketActor,
    at?: string,
  ) {
    return this.run(ticketId, { type: 'RecordBounce', data }, commandId, actor, { at });
  }

  addNote(
    ticketId: string,
    data: { noteId: string; text: string; mentions: string[] },
    commandId: string,
    actor: TicketActor,
  ) {
    return this.run(ticketId, { type: 'AddNote', data }, commandId, actor);
  }

  /** The desk's ticket settings, on `ticket-settings`. */
  settings(
    command: TicketSettingsCommand,
    commandId: string,
    actor: TicketActor,
  ): Promise<CommandOutcome<TicketSettingsEvent, TicketsErrorReason>> {
    return this.runner.run({
      streamName: TICKET_SETTINGS_STREAM,
      decider: ticketSettingsDecider,
      command,
      commandId,
      metadata: { actor: storeActor(actor) },
    });
  }

  /** A saved view, on `ticket-view-<id>`. */
  view(
    command: TicketViewCommand,
    commandId: string,
    actor: TicketActor,
  ): Promise<CommandOutcome<TicketViewEvent, TicketsErrorReason>> {
    return this.runner.run({
      streamName: ticketViewStream(command.data.viewId),
      decider: ticketViewDecider,
      command,
      commandId,
      metadata: { actor: storeActor(actor) },
    });
  }

  recordArticleDraft(ticketId: string, articleId: string, commandId: string, actor: TicketActor) {
    return this.run(ticketId, { type: 'RecordArticleDraft', data: { articleId } }, commandId, actor);
  }
}
