/** What the tickets module's resolvers share. */
import type { TicketAttachment } from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import type { ReplyMailBuilder, TicketMailbox } from './reply-mailing';
import type { TicketCommands } from './ticket-commands';

export interface TicketsModuleDeps {
  readModel: TicketsReadModel;
  commands: TicketCommands;
  now: () => Date;
  /** The outbox; unset, replies are recorded but not mailed (tests). */
  mailbox?: TicketMailbox;
  replyMail: ReplyMailBuilder;
  /** The domain of the Message-IDs of reply mail. */
  mailDomain: string;
  /** An uploaded file's record by its hash; null when no such file was uploaded. */
  describeAttachment: (hash: string) => Promise<TicketAttachment | null>;
}
