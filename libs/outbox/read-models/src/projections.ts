/** The outbox's projection for the runner: the read model of every mail, from `mail-*` events. */
import type { Projection } from '@deskstream/event-sourcing';
import { OUTBOX_EVENT_TYPES, type MailEvent } from '@deskstream/outbox-domain';
import type { OutboxReadModel } from './outbox-read-model';

export const OUTBOX_PROJECTION = 'outbox';

export function outboxProjection(readModel: OutboxReadModel): Projection<MailEvent> {
  return { name: OUTBOX_PROJECTION, handles: OUTBOX_EVENT_TYPES, apply: (event) => readModel.apply(event) };
}
