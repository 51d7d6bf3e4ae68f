/**
 * A group's parked events, as EventStoreDB keeps them: links (`$>`) in
 * `$persistentsubscription-<source>::<group>-parked`, with why and when in their metadata; a
 * replay takes them back and truncates the stream past them (`$tb`).
 */
import { randomUUID } from 'node:crypto';
import { resolveLink } from '../links';
import type { StoredEvent } from '../storage/record';
import type { Store } from '../store';
import { parkedStreamOf, type GroupDefinition } from './settings';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

export function parkEvent(store: Store, definition: GroupDefinition, event: StoredEvent, reason: string): void {
  // A store that fails or stops on the way has nowhere to report it; the event is parked or not.
  void store
    .append(parkedStreamOf(definition), { kind: 'any' }, [
      {
        id: randomUUID(),
        type: '$>',
        contentType: 'application/octet-stream',
        metadata: json({ added: new Date().toISOString(), reason, subscriptionEventNumber: event.revision }),
        data: Buffer.from(`${event.revision}@${event.stream}`),
      },
    ])
    .catch(() => undefined);
}

/** The parked events (up to `stopAt` of them) that can still be read; the parked stream is truncated past them. */
export async function takeParked(
  store: Store,
  definition: GroupDefinition,
  stopAt: number | undefined,
): Promise<StoredEvent[]> {
  const parked = parkedStreamOf(definition);
  const read = store.readStream(parked, 'start', 'forwards', stopAt ?? Number.MAX_SAFE_INTEGER);
  if (read.kind !== 'found' || read.events.length === 0) return [];
  const last = read.events[read.events.length - 1]!.revision;
  const metadata = { ...store.metadataOf(parked, true).raw, $tb: last + 1 };
  await store.append(`$$${parked}`, { kind: 'any' }, [
    {
      id: randomUUID(),
      type: '$metadata',
      contentType: 'application/json',
      metadata: Buffer.alloc(0),
      data: json(metadata),
    },
  ]);
  return read.events.flatMap((link) => resolveLink(store, link) ?? []);
}
