/**
 * A tiny command line around the 6.x client, for tests that load `@kurrent/kurrentdb-client`
 * and so cannot load this client in the same process:
 *   node --import tsx eventstore-cli.ts append <url> <stream> <events as JSON>
 * appends the events, then reads the whole stream back; prints both as JSON on stdout.
 */
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';

const [command, url, stream, payload] = process.argv.slice(2);
const client = EventStoreDBClient.connectionString(url!);
try {
  if (command !== 'append') throw new Error(`unknown command ${command}`);
  const proposed = (JSON.parse(payload!) as { id: string; type: string; data: unknown; metadata?: unknown }[]).map(
    (e) => jsonEvent({ id: e.id, type: e.type, data: e.data as never, metadata: e.metadata as never }),
  );
  const result = await client.appendToStream(stream!, proposed);
  const events = [];
  for await (const { event } of client.readStream(stream!)) {
    events.push({
      id: event!.id,
      revision: String(event!.revision),
      type: event!.type,
      data: event!.data,
      metadata: event!.metadata,
    });
  }
  console.log(JSON.stringify({ nextExpectedRevision: String(result.nextExpectedRevision), events }));
} finally {
  await client.dispose();
}
