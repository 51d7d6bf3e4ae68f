/**
 * `@deskstream/tickets-api`: the tickets' GraphQL module (schema, resolvers, the Fastify plugin the
 * api registers), their commands for mail and the public side, the attachment store.
 */
export { ticketsGraphql, ticketsTypeDefs, type TicketsModuleOptions } from './plugin';
export { TicketCommands, allocateTicketNumber, storeActor, type TicketOutcome } from './ticket-commands';
export { defaultReplyMail, type ReplyMailBuilder, type TicketMail, type TicketMailbox } from './reply-mailing';
export { TICKETS_CHANGED_TOPIC, ticketTopic } from './ticket-feeds';
export {
  FileSystemAttachmentStore,
  S3AttachmentStore,
  type AttachmentStore,
  type S3AttachmentStoreSettings,
} from './attachments';
export { replyMailOf, ticketsInboundMail, type InboundMailSettings } from './mail';
export type {
  ArticleDraftInput,
  ArticleDrafts,
  ChatForTicket,
  ChatSource,
  OfflineQuestionForTicket,
} from './source-ports';
export { seedTickets, type TicketSeedReport } from './seed/seed-tickets';
