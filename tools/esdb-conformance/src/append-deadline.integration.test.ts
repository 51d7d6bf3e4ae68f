/**
 * A request's deadline on BatchAppend: an append whose deadline has passed before it is written
 * is answered DeadlineExceeded and nothing of it is written; the client's shared batch call goes
 * on serving the appends after it.
 */
import { describe, expect, it } from 'vitest';
import { DeadlineExceededError, StreamNotFoundError } from '@eventstore/db-client';
import { collect, rejection, revisionsOf, testEvents, uniqueStream, useClient } from './test-support/store';

describe('appendToStream with a deadline', () => {
  const client = useClient();

  it('refuses an append whose deadline has passed, writing nothing', async () => {
    const stream = uniqueStream('deadline-past');
    // Warm the client's batch call first, so that the deadline is what fails and not the connection.
    await client.appendToStream(uniqueStream('deadline-warm'), testEvents(1));
    const error = await rejection(client.appendToStream(stream, testEvents(3), { deadline: -1_000 }));
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect(await rejection(collect(client.readStream(stream)))).toBeInstanceOf(StreamNotFoundError);

    // The same client, on the same batch call, appends the next one.
    const result = await client.appendToStream(stream, testEvents(2));
    expect(result.nextExpectedRevision).toBe(1n);
    expect(await revisionsOf(client, stream)).toEqual([0n, 1n]);
  });

  it('refuses a late append split over several messages, writing none of it', async () => {
    const stream = uniqueStream('deadline-split');
    await client.appendToStream(stream, testEvents(1));
    const error = await rejection(
      client.appendToStream(stream, testEvents(20), { deadline: -1_000, batchAppendSize: 64 }),
    );
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect(await revisionsOf(client, stream)).toEqual([0n]);
  });

  it('writes an append whose deadline is still ahead', async () => {
    const stream = uniqueStream('deadline-ahead');
    const result = await client.appendToStream(stream, testEvents(2), { deadline: 30_000 });
    expect(result.nextExpectedRevision).toBe(1n);
  });
});
