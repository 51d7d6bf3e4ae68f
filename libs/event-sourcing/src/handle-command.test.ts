import { describe, expect, it } from 'vitest';
import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendResult,
  type EventData,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { AggregateCache } from './aggregate-cache';
import { handleCommand, withAggregateCache, type CommandStore } from './handle-command';
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
    appendToStream: (async (
      _stream: string,
      events: EventData[],
      options: { expectedRevision: bigint | 'no_stream' },
    ) => {
      appends++;
      const first = records.find((r) => r.event!.id === events[0]!.id);
      if (first)
        return {
          success: true,
          nextExpectedRevision: first.event!.revision,
          position: undefined,
        } satisfies AppendResult;
      const current = records.length === 0 ? 'no_stream' : BigInt(records.length - 1);
      if (options.expectedRevision !== current)
        throw new WrongExpectedVersionError(undefined as never, {
          streamName: 'ticket-t1',
          current,
          expected: options.expectedRevision,
        });
      for (const event of events) {
        records.push(
          storedEvent({
            type: event.type,
            data: event.data,
            id: event.id,
            at: 100 + records.length,
            revision: BigInt(records.length),
          }),
        );
      }
      return {
        success: true,
        nextExpectedRevision: BigInt(records.length - 1),
        position: records[records.length - 1]!.event!.position!,
      };
    }) as unknown as CommandStore['appendToStream'],
  };
  return { store, records, appends: () => appends };
}

const missingStream = () => ({
  [Symbol.asyncIterator]: () => ({
    next: () => Promise.reject(new StreamNotFoundError(undefined as never, 'ticket-t1')),
  }),
});

describe('handleCommand', () => {
  it('finds the original result when the store acknowledges a duplicate without a position', async () => {
    const { store, records } = storeWithoutDuplicatePositions();
    const options = {
      streamName: 'ticket-t1',
      decider: ticketDecider,
      command: open,
      commandId: 'cmd-1',
      metadata: { actor },
    };
    const first = await handleCommand(store, options);
    // The answer to the first append was lost, so the retry read the stream as it was before it.
    let reads = 0;
    const retry: CommandStore = {
      appendToStream: store.appendToStream,
      readStream: ((...args: Parameters<CommandStore['readStream']>) =>
        reads++ === 0 ? missingStream() : store.readStream(...args)) as CommandStore['readStream'],
    };
    const again = await handleCommand(retry, options);
    expect(reads).toBe(2);
    expect(again).toEqual(first);
    expect(records).toHaveLength(1);
  });

  it('from memory, finds the original result when another process wrote the command and the store acknowledges it without a position', async () => {
    const { store, records, appends } = storeWithoutDuplicatePositions();
    const note: TicketCommand = { type: 'AddNote', data: { ticketId: 't1', text: 'hello', at } };
    const here = withAggregateCache(store, new AggregateCache());
    const elsewhere = withAggregateCache(store, new AggregateCache());
    await handleCommand(here, {
      streamName: 'ticket-t1',
      decider: ticketDecider,
      command: open,
      commandId: 'cmd-open',
      metadata: { actor },
    });
    const original = await handleCommand(elsewhere, {
      streamName: 'ticket-t1',
      decider: ticketDecider,
      command: note,
      commandId: 'cmd-note',
      metadata: { actor },
    });
    // The retry reaches this process, which remembers the ticket from before the note.
    const retry = await handleCommand(here, {
      streamName: 'ticket-t1',
      decider: ticketDecider,
      command: note,
      commandId: 'cmd-note',
      metadata: { actor },
    });
    expect(retry).toEqual(original);
    expect(records).toHaveLength(2);
    expect(appends()).toBe(3);
    expect(here.aggregates.get('ticket-t1', ticketDecider)).toMatchObject({
      state: { status: 'open', notes: 1 },
      revision: 1n,
    });
  });

  it('keeps the stream usable after the store failed in the middle of a command', async () => {
    const { store, records } = storeWithoutDuplicatePositions();
    let fail = false;
    const flaky = withAggregateCache({
      readStream: store.readStream,
      appendToStream: ((...args: Parameters<CommandStore['appendToStream']>) => {
        if (!fail) return store.appendToStream(...args);
        fail = false;
        // The store wrote the events, but the answer never came.
        return store.appendToStream(...args).then(() => Promise.reject(new Error('connection reset')));
      }) as CommandStore['appendToStream'],
    });
    const run = (command: TicketCommand, commandId: string) =>
      handleCommand(flaky, {
        streamName: 'ticket-t1',
        decider: ticketDecider,
        command,
        commandId,
        metadata: { actor },
      });
    await run(open, 'cmd-open');
    fail = true;
    const note: TicketCommand = { type: 'AddNote', data: { ticketId: 't1', text: 'once', at } };
    await expect(run(note, 'cmd-note')).rejects.toThrow('connection reset');
    expect(await run(note, 'cmd-note')).toMatchObject({
      ok: true,
      nextExpectedRevision: 1n,
      events: [{ data: { number: 1 } }],
    });
    expect(await run({ type: 'AddNote', data: { ticketId: 't1', text: 'next', at } }, 'cmd-next')).toMatchObject({
      ok: true,
      nextExpectedRevision: 2n,
      events: [{ data: { number: 2 } }],
    });
    expect(records.map((r) => (r.event!.data as { text?: string }).text)).toEqual([undefined, 'once', 'next']);
    expect(flaky.aggregates.busyStreams).toBe(0);
  });

  it('refuses a negative maxRetries', async () => {
    const { store } = storeWithoutDuplicatePositions();
    await expect(
      handleCommand(store, {
        streamName: 'ticket-t1',
        decider: ticketDecider,
        command: open,
        commandId: 'cmd-1',
        metadata: { actor },
        maxRetries: -1,
      }),
    ).rejects.toThrow(/maxRetries/);
  });

  it('with no retries, reports the first conflict', async () => {
    const { store } = storeWithoutDuplicatePositions();
    const stale: CommandStore = {
      readStream: store.readStream,
      appendToStream: (() =>
        Promise.reject(
          new WrongExpectedVersionError(undefined as never, {
            streamName: 'ticket-t1',
            current: 4n,
            expected: 'no_stream',
          }),
        )) as CommandStore['appendToStream'],
    };
    const result = await handleCommand(stale, {
      streamName: 'ticket-t1',
      decider: ticketDecider,
      command: open,
      commandId: 'cmd-1',
      metadata: { actor },
      maxRetries: 0,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', attempts: 1 } });
  });
});
