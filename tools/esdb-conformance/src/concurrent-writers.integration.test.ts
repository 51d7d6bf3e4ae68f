/**
 * Concurrent writers to one stream with exact expected revisions: exactly one wins each
 * revision, the losers see WrongExpectedVersion with the revision that won, and the stream ends
 * gapless with every acknowledged event once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM,
  WrongExpectedVersionError,
  jsonEvent,
  type AppendToStreamOptions,
} from '@eventstore/db-client';
import { collect, storeUrl, uniqueStream } from './test-support/store';

/** Several connections, and both wire shapes of an append, racing each other. */
const clients = Array.from({ length: 3 }, () => EventStoreDBClient.connectionString(storeUrl()));
const shapes: AppendToStreamOptions[] = [{}, { credentials: { username: 'admin', password: 'changeit' } }];
afterAll(() => Promise.all(clients.map((c) => c.dispose())));

describe('concurrent writers', () => {
  it('race for each revision and exactly one wins it', async () => {
    const stream = uniqueStream('race-each-revision');
    const writers = 6;
    const rounds = 30;
    const winners: string[] = [];

    for (let round = 0; round < rounds; round++) {
      const attempts = Array.from({ length: writers }, async (_, writer) => {
        const event = jsonEvent({ type: 'ConformanceRaced', data: { round, writer } });
        const expectedRevision = round === 0 ? NO_STREAM : BigInt(round - 1);
        try {
          const result = await clients[writer % clients.length]!.appendToStream(stream, event, {
            ...shapes[writer % shapes.length],
            expectedRevision,
          });
          expect(result.nextExpectedRevision).toBe(BigInt(round));
          return { won: event.id };
        } catch (error) {
          expect(error).toBeInstanceOf(WrongExpectedVersionError);
          expect((error as WrongExpectedVersionError).actualVersion).toBe(BigInt(round));
          return { won: undefined };
        }
      });
      const outcomes = await Promise.all(attempts);
      const won = outcomes.flatMap((o) => (o.won ? [o.won] : []));
      expect(won).toHaveLength(1);
      winners.push(won[0]!);
    }

    const events = await collect(clients[0]!.readStream(stream));
    expect(events.map((e) => e.event!.revision)).toEqual(Array.from({ length: rounds }, (_, i) => BigInt(i)));
    expect(events.map((e) => e.event!.id)).toEqual(winners);
  });

  it('retrying on conflicts, all acknowledged events end up once, in a gapless stream', async () => {
    const stream = uniqueStream('race-retry');
    const writers = 6;
    const perWriter = 10;
    const acknowledged = new Map<string, bigint>();
    let conflicts = 0;

    const write = async (writer: number) => {
      const client = clients[writer % clients.length]!;
      for (let n = 0; n < perWriter; n++) {
        const event = jsonEvent({ type: 'ConformanceRetried', data: { writer, n } });
        for (;;) {
          const [last] = await collect(
            client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }),
          ).catch(() => []);
          const expectedRevision = last ? last.event!.revision : NO_STREAM;
          try {
            const result = await client.appendToStream(stream, event, {
              ...shapes[n % shapes.length],
              expectedRevision,
            });
            acknowledged.set(event.id, result.nextExpectedRevision);
            break;
          } catch (error) {
            if (!(error instanceof WrongExpectedVersionError)) throw error;
            conflicts++;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));

    const events = await collect(clients[0]!.readStream(stream));
    expect(events).toHaveLength(writers * perWriter);
    expect(events.map((e) => e.event!.revision)).toEqual(
      Array.from({ length: writers * perWriter }, (_, i) => BigInt(i)),
    );
    expect(new Set(events.map((e) => e.event!.id)).size).toBe(writers * perWriter);
    for (const e of events) expect(acknowledged.get(e.event!.id)).toBe(e.event!.revision);
    expect(conflicts).toBeGreaterThan(0);
  });
});
