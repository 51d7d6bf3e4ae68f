/** The outbox's projection for the runner: the read model of every mail, from `mail-*` events. */
import { readModelSnapshots, type Projection } from '@deskstream/event-sourcing';
import { OUTBOX_EVENT_TYPES, type MailEvent } from '@deskstream/outbox-domain';
import type { OutboxReadModel } from './outbox-read-model';

export const OUTBOX_PROJECTION = 'outbox';

/** Raise when what an event does to the read model changes: its snapshot is then replayed. */
export const OUTBOX_SNAPSHOT_VERSION = 1;

export function outboxProjection(readModel: OutboxReadModel): Projection<MailEvent> {
  return {
    name: OUTBOX_PROJECTION,
    handles: OUTBOX_EVENT_TYPES,
    apply: (event) => readModel.apply(event),
    snapshots: readModelSnapshots('outbox', OUTBOX_SNAPSHOT_VERSION, readModel.kept),
  };
}
