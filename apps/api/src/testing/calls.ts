/**
 * Test support for calls: the PBX's webhook answers once its events are written, before the read
 * models hold them (the PBX reads nothing back), so a test that reads a call after a webhook
 * waits until the api's read models have applied everything the store holds.
 */
import { BACKWARDS, END, type EventStoreDBClient } from '@eventstore/db-client';
import type { FastifyInstance } from 'fastify';

/** Settles once the app's projection runner has applied the store's last event (at most 10 s). */
export async function readModelsSettled(app: FastifyInstance, store: EventStoreDBClient): Promise<void> {
  let last: bigint | undefined;
  for await (const resolved of store.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }))
    last = resolved.event?.position?.commit;
  if (last === undefined) return;
  const deadline = Date.now() + 10_000;
  while ((app.platform.status().position?.commit ?? -1n) < last) {
    if (Date.now() > deadline) throw new Error('the read models did not catch up with the store within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
