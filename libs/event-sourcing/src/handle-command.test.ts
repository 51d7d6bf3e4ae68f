import { describe, expect, it } from 'vitest';
import { StreamNotFoundError, WrongExpectedVersionError, type AppendResult, type EventData, type ResolvedEvent } from '@eventstore/db-client';
import { handleCommand, type CommandStore } from './handle-command';
import { storedEvent } from './test-support/stored-events';
import { ticketDecider, type TicketCommand } from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';
const open: TicketCommand = { type: 'OpenTicket', data: { ticketId: 't1', subject: 'Printer offline', at } };
const actor = { kind: 'staff', id: 'agent-7' } as const;

/** A stream in memory that answers appends as a server that returns no position for duplicates would. */
function storeWithoutDuplicatePositions() {
  const records: ResolvedEvent[] = [];
  let appends = 0;
  const store: CommandStore = {
    readStream: ((streamName: string) =>
      (async function* () {
        if (records.length === 0) throw new StreamNotFoundError(undefined as never, streamName);
        yield* records;
      })()) as unknown as CommandStore['readStream'],
    appendToStream: (async (_stream: string, events: EventData[], options: { expectedRevision: bigint | 'no_stream' }) => {
      appends++;
      const first = records.find((r) => r.event!.id === events[0]!.id);
      if (first) return { success: true, nextExpectedRevision: first.event!.revision, position: undefined } satisfies AppendResult;
      const current = records.length === 0 ? 'no_stream' : BigInt(records.length - 1);
      if (options.expectedRevision !== current) throw new WrongExpectedVersionError(undefined as never, { streamName: 'ticket-t1', current, expected: options.expectedRevision });
      for (const event of events) {
        records.push(storedEvent({ type: event.type, data: event.data, id: event.id, at: 100 + records.length, revision: BigInt(records.length) }));
      }
      return { success: true, nextExpectedRevision: BigInt(records.length - 1), position: records[records.length - 1]!.event!.position! };
    }) as unknown as CommandStore['appendToStream'],
  };
  return { store, records, appends: () => appends };
}

const missingStream = () => ({
  [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new StreamNotFoundError(undefined as never, 'ticket-t1')) }),
});

describe('handleCommand', () => {
  it('finds the original result when the store acknowledges a duplicate without a position', async () => {
    const { store, records } = storeWithoutDuplicatePositions();
    const options = { streamName: 'ticket-t1', decider: ticketDecider, command: open, commandId: 'cmd-1', metadata: { actor } };
    const first = await handleCommand(store, options);
    // The answer to the first append was lost, so the retry read the stream as it was before it.
    let reads = 0;
    const retry: CommandStore = {
      appendToStream: store.appendToStream,
      readStream: ((...args: Parameters<CommandStore['readStream']>) => (reads++ === 0 ? missingStream() : store.readStream(...args))) as CommandStore['readStream'],
    };
    const again = await handleCommand(retry, options);
    expect(reads).toBe(2);
    expect(again).toEqual(first);
    expect(records).toHaveLength(1);
  });

  it('refuses a negative maxRetries', async () => {
    const { store } = storeWithoutDuplicatePositions();
    await expect(
      handleCommand(store, { streamName: 'ticket-t1', decider: ticketDecider, command: open, commandId: 'cmd-1', metadata: { actor }, maxRetries: -1 }),
    ).rejects.toThrow(/maxRetries/);
  });

  it('with no retries, reports the first conflict', async () => {
    const { store } = storeWithoutDuplicatePositions();
    const stale: CommandStore = {
      readStream: store.readStream,
      appendToStream: (() => Promise.reject(new WrongExpectedVersionError(undefined as never, { streamName: 'ticket-t1', current: 4n, expected: 'no_stream' }))) as CommandStore['appendToStream'],
    };
    const result = await handleCommand(stale, { streamName: 'ticket-t1', decider: ticketDecider, command: open, commandId: 'cmd-1', metadata: { actor }, maxRetries: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', attempts: 1 } });
  });
});
