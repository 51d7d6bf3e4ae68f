/** An append larger than the server's maximum append size fails as a whole, with its limit. */
import { describe, expect, it } from 'vitest';
import {
  MaxAppendSizeExceededError,
  StreamNotFoundError,
  jsonEvent,
  type AppendToStreamOptions,
} from '@eventstore/db-client';
import { againstEmulator, collect, rejection, revisionsOf, uniqueStream, useClient } from './test-support/store';

/** EventStoreDB's default maximum append size: 1 MiB of event data and metadata. */
const DEFAULT_MAX_APPEND_SIZE = 1024 * 1024;

const bigEvent = (bytes: number) => jsonEvent({ type: 'ConformanceBig', data: { text: 'x'.repeat(bytes) } });
const manyEvents = (count: number, bytes: number) => Array.from({ length: count }, () => bigEvent(bytes));

describe('maximum append size', () => {
  const client = useClient();

  it.each<[string, () => ReturnType<typeof bigEvent>[], AppendToStreamOptions]>([
    ['one oversize event', () => [bigEvent(DEFAULT_MAX_APPEND_SIZE + 200_000)], {}],
    ['many events adding up to too much', () => manyEvents(3_000, 500), {}],
    ['an append the client sends in several chunks', () => manyEvents(3_000, 500), { batchAppendSize: 256 * 1024 }],
    [
      'an append through the unary Append call',
      () => manyEvents(3_000, 500),
      { credentials: { username: 'admin', password: 'changeit' } },
    ],
  ])('rejects %s and writes nothing', async (_name, events, options) => {
    const stream = uniqueStream('too-big');
    const error = await rejection(client.appendToStream(stream, events(), options));
    expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
    const { maxAppendSize } = error as MaxAppendSizeExceededError;
    expect(typeof maxAppendSize).toBe('number');
    if (againstEmulator()) expect(maxAppendSize).toBe(DEFAULT_MAX_APPEND_SIZE);
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);
  });

  it('accepts an append just under the limit', async () => {
    const stream = uniqueStream('big-enough');
    await client.appendToStream(stream, [bigEvent(DEFAULT_MAX_APPEND_SIZE / 2)]);
    expect(await revisionsOf(client, stream)).toEqual([0n]);
  });

  it('leaves the connection usable after a rejection', async () => {
    const stream = uniqueStream('after-too-big');
    await rejection(client.appendToStream(stream, [bigEvent(DEFAULT_MAX_APPEND_SIZE + 1)]));
    await client.appendToStream(stream, [jsonEvent({ type: 'ConformanceSmall', data: {} })]);
    expect(await revisionsOf(client, stream)).toEqual([0n]);
  });
});
