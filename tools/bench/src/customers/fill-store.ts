/**
 * The customers benchmark's store: every customer's record, offline question and calls appended
 * straight to their streams (`customer-<id>`, `question-<id>`, `call-<id>`), as the commands
 * would have left them; the api that is measured builds its read models from them.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { eventIdFor, toEventData } from '@deskstream/event-sourcing';
import { nowMs, round } from '../stats';
import { callEvent, callsOf, customerEvents, customerIdOf, questionEvents } from './generate-customers';

const SEEDER = { kind: 'system' as const, id: 'customers-bench' };

/** Appends every customer's events, questions and calls to the store at `url`, 16 writers at once. */
export async function fillCustomers(url: string, customers: number, start: number) {
  const client = EventStoreDBClient.connectionString(url);
  const started = nowMs();
  let next = 1;
  let events = 0;
  const append = async (stream: string, commandId: string, list: { type: string; data: unknown }[]) => {
    const metadata = { correlationId: commandId, causationId: commandId, actor: SEEDER, schema: 1 };
    await client.appendToStream(
      stream,
      list.map((event, index) => toEventData(event as never, eventIdFor(commandId, index), metadata)),
    );
    events += list.length;
  };
  const writer = async () => {
    while (next <= customers) {
      const n = next++;
      await append(`customer-${customerIdOf(n)}`, `bench-customer-${n}`, customerEvents(n, start));
      await append(`question-bench-q-${n}`, `bench-question-${n}`, questionEvents(n, start));
      for (let k = 0; k < callsOf(n); k++)
        await append(`call-bench-call-${n}-${k}`, `bench-call-${n}-${k}`, [callEvent(n, k, start)]);
      if (n % 20_000 === 0) console.log(`  wrote ${n} customers`);
    }
  };
  try {
    await Promise.all(Array.from({ length: 16 }, writer));
  } finally {
    await client.dispose();
  }
  const seconds = (nowMs() - started) / 1000;
  return { events, seconds: round(seconds, 1) };
}
