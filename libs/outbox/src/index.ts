/** `@deskstream/outbox`: every outgoing mail as an event stream, and the loop that sends it. */
export * from './events';
export { OUTBOX_ERRORS, outboxError, type OutboxErrorReason, type OutboxRejection } from './errors';
export { mailDecider, isEmailAddress, type MailCommand, type MailState } from './decider';
export { OutboxReadModel, OUTBOX_PROJECTION, outboxProjection } from './projections';
export type { MailDeliveryState, MailRecord } from './read-model';
export { OutboxCommands, type MailOutcome } from './commands';
export { Mailbox, type MailToQueue } from './mailbox';
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retry-policy';
export { OutboxSender, type OutboxSenderOptions } from './sender';
export { DEFAULT_FROM, type Delivery, type MailTransport, type OutgoingMail } from './transport';
export { smtpTransport, type SmtpTransportOptions } from './smtp-transport';
export { emlTransport, type EmlTransportOptions } from './eml-transport';
export { outboxGraphql, ROLES_SEEING_MAIL, type OutboxModuleOptions } from './graphql';
