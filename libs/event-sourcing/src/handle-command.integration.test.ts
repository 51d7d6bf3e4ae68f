import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { eventIdFor } from './event-ids';
import { handleCommand, type CommandStore } from './handle-command';
import { readRecords, startTestStore, type TestStore } from './test-support/emulator';
import { ticketDecider, ticketStream, ticketUpcasters, type TicketCommand } from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';
const actor = { kind: 'staff', id: 'agent-7' } as const;
const open = (ticketId: string): TicketCommand => ({
  type: 'OpenTicket',
  data: { ticketId, subject: 'Printer offline', at },
});
const note = (ticketId: string, text: string): TicketCommand => ({ type: 'AddNote', data: { ticketId, text, at } });

describe('handleCommand through the real client', () => {
  let store: TestStore;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    store = await startTestStore();
    client = store.client;
  });
  afterAll(() => store?.close());

  const run = (
    ticketId: string,
    command: TicketCommand,
    commandId: string,
    via: CommandStore = client,
    maxRetries?: number,
  ) =>
    handleCommand(via, {
      streamName: ticketStream(ticketId),
      decider: ticketDecider,
      command,
      commandId,
      metadata: { actor, correlationId: `request-${commandId}` },
      upcasters: ticketUpcasters,
      maxRetries,
    });

  it('appends to a new stream with ids from the command id and the metadata envelope', async () => {
    const result = await run('new', open('new'), 'cmd-new');
    expect(result).toEqual({
      ok: true,
      events: [{ type: 'TicketOpened', data: { ticketId: 'new', subject: 'Printer offline', openedAt: at } }],
      position: expect.objectContaining({ commit: expect.any(BigInt) }),
      nextExpectedRevision: 0n,
    });
    const [record] = await readRecords(client, 'ticket-new');
    expect(record!.id).toBe(eventIdFor('cmd-new', 0));
    expect(record!.position).toEqual(result.ok && result.position);
    expect(record!.metadata).toEqual({ correlationId: 'request-cmd-new', causationId: 'cmd-new', actor, schema: 2 });
  });

  it('writes a retried command once and returns the original result', async () => {
    const first = await run('retried', open('retried'), 'cmd-retried');
    await run('retried', note('retried', 'later'), 'cmd-later');
    const again = await run('retried', open('retried'), 'cmd-retried');
    expect(again).toEqual(first);
    expect((await readRecords(client, 'ticket-retried')).map((e) => e.type)).toEqual([
      'TicketOpened',
      'TicketNoteAdded',
    ]);
  });

  it('writes a command sent twice at once once', async () => {
    const results = await Promise.all([
      run('twice', open('twice'), 'cmd-twice'),
      run('twice', open('twice'), 'cmd-twice'),
    ]);
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.ok).toBe(true);
    expect(await readRecords(client, 'ticket-twice')).toHaveLength(1);
  });

  it('returns a domain rejection as a value with its stable code, and writes nothing', async () => {
    const result = await run('missing', note('missing', 'hello?'), 'cmd-missing');
    expect(result).toEqual({ ok: false, error: { code: 'TICKET_NOT_FOUND', message: 'There is no such ticket.' } });
    expect(await readRecords(client, 'ticket-missing')).toEqual([]);
  });

  it('re-reads and re-decides when another command got in between', async () => {
    await run('busy', open('busy'), 'cmd-busy-open');
    let reads = 0;
    const interfering: CommandStore = {
      readStream: (...args) => {
        reads++;
        return client.readStream(...args);
      },
      appendToStream: async (...args) => {
        if (reads === 1) await run('busy', note('busy', 'from the other agent'), 'cmd-busy-other');
        return client.appendToStream(...args);
      },
    };
    const result = await run('busy', note('busy', 'mine'), 'cmd-busy-mine', interfering);
    expect(reads).toBe(2);
    // Decided again on the new state: this note is the second one.
    expect(result).toMatchObject({
      ok: true,
      nextExpectedRevision: 2n,
      events: [{ type: 'TicketNoteAdded', data: { number: 2, text: 'mine' } }],
    });
    const records = await readRecords(client, 'ticket-busy');
    expect(records.map((e) => (e.data as { text?: string }).text)).toEqual([undefined, 'from the other agent', 'mine']);
  });

  it('settles many concurrent commands on one stream, each once', async () => {
    await run('crowded', open('crowded'), 'cmd-crowded-open');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => run('crowded', note('crowded', `note ${i}`), `cmd-crowded-${i}`, client, 10)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const notes = (await readRecords(client, 'ticket-crowded'))
      .slice(1)
      .map((e) => e.data as { number: number; text: string });
    expect(notes.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(notes.map((n) => n.text)).size).toBe(6);
  });

  it('gives up with a ConflictError after maxRetries', async () => {
    await run('contested', open('contested'), 'cmd-contested-open');
    let other = 0;
    const alwaysLate: CommandStore = {
      readStream: (...args) => client.readStream(...args),
      appendToStream: async (...args) => {
        await run('contested', note('contested', `other ${other}`), `cmd-contested-other-${other++}`);
        return client.appendToStream(...args);
      },
    };
    const result = await run('contested', note('contested', 'mine'), 'cmd-contested-mine', alwaysLate, 2);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Someone else changed this at the same time. Try again.',
        streamName: 'ticket-contested',
        attempts: 3,
      },
    });
    const texts = (await readRecords(client, 'ticket-contested')).map((e) => (e.data as { text?: string }).text);
    expect(texts).not.toContain('mine');
    expect(texts).toHaveLength(4);
  });

  it('decides on upcast history', async () => {
    await client.appendToStream(
      'ticket-legacy',
      jsonEvent({ type: 'TicketOpened', data: { ticketId: 'legacy', title: 'Old' }, metadata: { schema: 1 } }),
      {
        expectedRevision: 'no_stream',
      },
    );
    const result = await run('legacy', note('legacy', 'still open'), 'cmd-legacy');
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 1n });
  });

  it('appends nothing when the decision is empty, and reports where the stream is', async () => {
    const emptyDecider = { ...ticketDecider, decide: () => [] };
    const opened = await run('quiet', open('quiet'), 'cmd-quiet');
    const result = await handleCommand(client, {
      streamName: 'ticket-quiet',
      decider: emptyDecider,
      command: note('quiet', 'x'),
      commandId: 'cmd-quiet-nothing',
      metadata: { actor },
    });
    expect(result).toEqual({ ok: true, events: [], position: opened.ok && opened.position, nextExpectedRevision: 0n });
  });
});
