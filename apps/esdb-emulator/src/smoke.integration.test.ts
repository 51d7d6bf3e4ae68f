import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient, jsonEvent, excludeSystemEvents, START, type ResolvedEvent } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from './index';

describe('the emulator through the real client', () => {
  let emulator: RunningEmulator;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    emulator = await startEmulator({ memDb: true, port: 0 });
    client = EventStoreDBClient.connectionString(emulator.url);
  });
  afterAll(async () => {
    await client.dispose();
    await emulator.stop();
  });

  it('appends, reads back and subscribes', async () => {
    const r = await client.appendToStream(
      'chat-1',
      [jsonEvent({ type: 'ChatRequested', data: { n: 1 } }), jsonEvent({ type: 'MessagePosted', data: { n: 2 } })],
      { expectedRevision: 'no_stream' },
    );
    expect(r.nextExpectedRevision).toBe(1n);
    const events = [];
    for await (const e of client.readStream('chat-1')) events.push(e.event!);
    expect(events.map((e) => e.type)).toEqual(['ChatRequested', 'MessagePosted']);
    expect(events[1]!.position).toEqual(r.position);
    const seen: ResolvedEvent[] = [];
    const sub = client.subscribeToAll({ fromPosition: START, filter: excludeSystemEvents() });
    let caughtUp = 0;
    sub.on('caughtUp', () => caughtUp++);
    const done = new Promise<void>((resolve) => {
      sub.on('data', (e) => {
        seen.push(e);
        if (seen.length === 3) resolve();
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    await client.appendToStream('chat-1', jsonEvent({ type: 'ChatClosedByVisitor', data: {} }), {
      expectedRevision: 1n,
    });
    await done;
    await sub.unsubscribe();
    expect(seen.map((e) => e.event!.type)).toEqual(['ChatRequested', 'MessagePosted', 'ChatClosedByVisitor']);
    expect(caughtUp).toBe(1);
  });
});
