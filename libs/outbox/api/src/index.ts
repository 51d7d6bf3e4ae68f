/**
 * `@deskstream/outbox-api`: the outbox on the server — the GraphQL module (mail scoped to the
 * reader's departments), the mailbox other contexts queue mail through, the sender loop, and
 * the SMTP and `.eml` transports.
 */
export { outboxGraphql, type OutboxModuleOptions } from './outbox-module';
export { OutboxCommands, type MailOutcome } from './outbox-commands';
export { Mailbox, type MailToQueue } from './mailbox';
export { OutboxSender, type OutboxSenderOptions } from './sender';
export { DEFAULT_FROM, UnsafeHeaderError, type Delivery, type MailTransport, type OutgoingMail } from './transport';
export { smtpTransport, type SmtpTransportOptions } from './smtp-transport';
export { emlTransport, type EmlTransportOptions } from './eml-transport';
export { ROLES_SEEING_MAIL, mayReadMail } from './outbox-access';
