/**
 * An append is all or nothing: every event of it becomes visible, or none does, and the event
 * type counts towards the maximum append size (EventStoreDB counts data + metadata + the type at
 * two bytes a character). Through BatchAppend (the client's default) and the unary Append (which
 * the client uses when an append carries credentials).
 */
import { describe, expect, it } from 'vitest';
import {
  MaxAppendSizeExceededError,
  StreamNotFoundError,
  jsonEvent,
  type AppendToStreamOptions,
} from '@eventstore/db-client';
import { collect, rejection, uniqueStream, useClient } from './test-support/store';

const MAX_APPEND_SIZE = 1024 * 1024;

describe.each<[string, AppendToStreamOptions]>([
  ['BatchAppend', {}],
  ['Append', { credentials: { username: 'admin', password: 'changeit' } }],
])('an append through %s is all or nothing', (_call, options) => {
  const client = useClient();

  it('takes an event type of 70,000 characters along with the event before it', async () => {
    const stream = uniqueStream('long-type');
    const longType = 'ConformanceTagged'.padEnd(70_000, 'x');
    const result = await client.appendToStream(
      stream,
      [jsonEvent({ type: 'ConformanceOpened', data: {} }), jsonEvent({ type: longType, data: {} })],
      options,
    );
    expect(result.nextExpectedRevision).toBe(1n);
    const events = await collect(client.readStream(stream));
    expect(events.map((e) => [e.event!.revision, e.event!.type])).toEqual([
      [0n, 'ConformanceOpened'],
      [1n, longType],
    ]);
  });

  it('counts the event type towards the maximum append size and then writes none of the append', async () => {
    const stream = uniqueStream('type-too-long');
    const before = await client.appendToStream(
      uniqueStream('before'),
      jsonEvent({ type: 'ConformanceOpened', data: {} }),
      options,
    );
    // 600,000 characters of type count 1.2 MB: over the limit although data and metadata are tiny.
    const events = [
      jsonEvent({ type: 'ConformanceOpened', data: {} }),
      jsonEvent({ type: 'X'.repeat(MAX_APPEND_SIZE * 0.6), data: {} }),
    ];
    expect(await rejection(client.appendToStream(stream, events, options))).toBeInstanceOf(MaxAppendSizeExceededError);
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
    const next = await client.appendToStream(stream, jsonEvent({ type: 'ConformanceOpened', data: {} }), {
      ...options,
      expectedRevision: 'no_stream',
    });
    expect(next.nextExpectedRevision).toBe(0n);
    expect(next.position!.commit).toBeGreaterThan(before.position!.commit);
  });

  it('counts metadata towards the maximum append size', async () => {
    const stream = uniqueStream('metadata-too-big');
    const events = [
      jsonEvent({ type: 'ConformanceOpened', data: {}, metadata: { note: 'm'.repeat(MAX_APPEND_SIZE) } }),
    ];
    expect(await rejection(client.appendToStream(stream, events, options))).toBeInstanceOf(MaxAppendSizeExceededError);
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
  });
});
