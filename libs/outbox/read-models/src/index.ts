/** `@deskstream/outbox-read-models`: every mail with its delivery state, and what is due, folded from the outbox's events. */
export { OutboxReadModel, type MailDeliveryState, type MailRecord } from './outbox-read-model';
export { OUTBOX_PROJECTION, outboxProjection } from './projections';
