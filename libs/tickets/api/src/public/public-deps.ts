/** What the public side of tickets needs from the module that registers it. */
import type { CommandOutcome } from '@deskstream/event-sourcing';
import type {
  OpenTicketData,
  ReceiveMessageData,
  TicketActor,
  TicketAttachment,
  TicketEvent,
  TicketsErrorReason,
} from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import type { PublicTicketFloodLimits } from './public-gate';
import type { ReceiptMailbox } from './receipt-mail';

type Outcome = CommandOutcome<TicketEvent, TicketsErrorReason>;

/** The tickets' commands as the public side uses them (`TicketCommands` fits). */
export interface PublicTicketCommands {
  open(
    data: Omit<OpenTicketData, 'number'>,
    commandId: string,
    actor: TicketActor,
    at?: string,
  ): Promise<Outcome & { number?: number }>;
  receiveMessage(
    ticketId: string,
    data: ReceiveMessageData,
    commandId: string,
    actor: TicketActor,
    at?: string,
  ): Promise<Outcome>;
}

export interface PublicTicketDeps {
  readModel: TicketsReadModel;
  commands: PublicTicketCommands;
  now: () => Date;
  /** An uploaded file's record by its hash; null when no such file was uploaded. */
  describeAttachment: (hash: string) => Promise<TicketAttachment | null>;
  /** The outbox, for the receipt; unset, no receipt is mailed (tests). */
  mailbox?: ReceiptMailbox;
  /** The portal's public address, for the link in the receipt (e.g. https://help.library.example). */
  publicUrl: string;
  floodLimits?: PublicTicketFloodLimits;
  /** Told when a receipt could not be queued (the ticket is open all the same). */
  onReceiptFailed?: (ticketId: string, message: string) => void;
}
