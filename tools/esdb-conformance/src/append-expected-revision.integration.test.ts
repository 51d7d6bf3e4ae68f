/**
 * The expected-revision matrix of an append: any / no_stream / stream_exists / exact, against a
 * stream that is missing, exists at revision 2, was soft-deleted at revision 2, or is tombstoned.
 * Both wire shapes are checked: BatchAppend (the client's default) and the unary Append (which
 * the client uses when a call carries credentials).
 */
import { describe, expect, it } from 'vitest';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type AppendToStreamOptions,
  EventStoreDBClient,
} from '@eventstore/db-client';
import { rejection, revisionsOf, storeUrl, testEvents, uniqueStream, useClient } from './test-support/store';

type StreamState = 'missing' | 'existing' | 'soft-deleted' | 'tombstoned';
type Outcome =
  | { ok: bigint } // the nextExpectedRevision of the successful append
  | { wrongExpectedVersion: bigint | typeof NO_STREAM } // the actual version the client reports
  | { streamDeleted: true };

/** What EventStoreDB answers, by expected revision and stream state (the stream held revisions 0..2). */
const matrix: [AppendExpectedRevision, StreamState, Outcome][] = [
  [ANY, 'missing', { ok: 0n }],
  [ANY, 'existing', { ok: 3n }],
  [ANY, 'soft-deleted', { ok: 3n }],
  [ANY, 'tombstoned', { streamDeleted: true }],

  [NO_STREAM, 'missing', { ok: 0n }],
  [NO_STREAM, 'existing', { wrongExpectedVersion: 2n }],
  [NO_STREAM, 'soft-deleted', { ok: 3n }],
  [NO_STREAM, 'tombstoned', { streamDeleted: true }],

  [STREAM_EXISTS, 'missing', { wrongExpectedVersion: NO_STREAM }],
  [STREAM_EXISTS, 'existing', { ok: 3n }],
  [STREAM_EXISTS, 'soft-deleted', { streamDeleted: true }],
  [STREAM_EXISTS, 'tombstoned', { streamDeleted: true }],

  [0n, 'missing', { wrongExpectedVersion: NO_STREAM }],
  [2n, 'missing', { wrongExpectedVersion: NO_STREAM }],
  [1n, 'existing', { wrongExpectedVersion: 2n }],
  [2n, 'existing', { ok: 3n }],
  [3n, 'existing', { wrongExpectedVersion: 2n }],
  [1n, 'soft-deleted', { wrongExpectedVersion: 2n }],
  [2n, 'soft-deleted', { ok: 3n }],
  [3n, 'soft-deleted', { wrongExpectedVersion: 2n }],
  [2n, 'tombstoned', { streamDeleted: true }],
];

async function prepare(client: EventStoreDBClient, stream: string, state: StreamState): Promise<void> {
  if (state === 'missing') return;
  await client.appendToStream(stream, testEvents(3), { expectedRevision: NO_STREAM });
  if (state === 'soft-deleted') await client.deleteStream(stream);
  if (state === 'tombstoned') await client.tombstoneStream(stream);
}

const wireShapes: [string, AppendToStreamOptions][] = [
  ['BatchAppend', {}],
  ['Append', { credentials: { username: 'admin', password: 'changeit' } }],
];

describe.each(wireShapes)('append expected revision through %s', (shape, options) => {
  const client = useClient();

  it.each(matrix)('expected %s on a %s stream', async (expectedRevision, state, outcome) => {
    const stream = uniqueStream(`expected-${shape}-${String(expectedRevision)}-${state}`);
    await prepare(client, stream, state);
    const appending = client.appendToStream(stream, testEvents(1, 'ConformanceAppended'), {
      ...options,
      expectedRevision,
    });

    if ('ok' in outcome) {
      const result = await appending;
      expect(result.success).toBe(true);
      expect(result.nextExpectedRevision).toBe(outcome.ok);
      expect(result.position).toBeDefined();
      // A recreated soft-deleted stream shows only what was written after the delete.
      expect(await revisionsOf(client, stream)).toEqual(state === 'existing' ? [0n, 1n, 2n, 3n] : [outcome.ok]);
    } else if ('wrongExpectedVersion' in outcome) {
      const error = await rejection(appending);
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      const wrong = error as WrongExpectedVersionError;
      expect(wrong.streamName).toBe(stream);
      expect(wrong.expectedVersion).toBe(expectedRevision);
      expect(wrong.actualVersion).toBe(outcome.wrongExpectedVersion);
    } else {
      const error = await rejection(appending);
      expect(error).toBeInstanceOf(StreamDeletedError);
      expect((error as StreamDeletedError).streamName).toBe(stream);
    }
  });
});

describe('append results', () => {
  const client = useClient();

  it('numbers events from 0 and returns the last revision written', async () => {
    const stream = uniqueStream('numbering');
    const first = await client.appendToStream(stream, testEvents(4));
    expect(first.nextExpectedRevision).toBe(3n);
    const second = await client.appendToStream(stream, testEvents(2), { expectedRevision: first.nextExpectedRevision });
    expect(second.nextExpectedRevision).toBe(5n);
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
  });

  it('returns a failed result instead of throwing when the client is told not to throw', async () => {
    const stream = uniqueStream('no-throw');
    await client.appendToStream(stream, testEvents(2));
    const url = storeUrl();
    const lenient = EventStoreDBClient.connectionString(
      `${url}${url.includes('?') ? '&' : '?'}throwOnAppendFailure=false`,
    );
    try {
      const result = await lenient.appendToStream(stream, testEvents(1), { expectedRevision: NO_STREAM });
      expect(result.success).toBe(false);
      expect(await revisionsOf(client, stream)).toEqual([0n, 1n]);
    } finally {
      await lenient.dispose();
    }
  });
});
