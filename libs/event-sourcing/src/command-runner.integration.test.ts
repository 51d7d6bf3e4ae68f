import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRunner } from './command-runner';
import type { Position } from './events';
import { startTestStore, type TestStore } from './test-support/emulator';
import { ticketDecider, ticketStream, type TicketCommand } from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';
const actor = { kind: 'staff', id: 'agent-7' } as const;

describe('the command runner through the real client', () => {
  let store: TestStore;
  const awaited: Position[] = [];
  const ticketsOn = (runner: CommandRunner) =>
    runner.aggregate((command: TicketCommand) => ticketStream(command.data.ticketId), ticketDecider);
  let tickets: ReturnType<typeof ticketsOn>;
  beforeAll(async () => {
    store = await startTestStore();
    tickets = ticketsOn(new CommandRunner(store.client, { waitFor: async (position) => void awaited.push(position) }));
  });
  afterAll(() => store?.close());

  it('appends on the aggregate stream and waits for the read models to pass what it wrote', async () => {
    const outcome = await tickets(
      { type: 'OpenTicket', data: { ticketId: 'r1', subject: 'Scanner jams', at } },
      'cmd-r1',
      actor,
    );
    expect(outcome).toEqual({
      ok: true,
      events: [{ type: 'TicketOpened', data: { ticketId: 'r1', subject: 'Scanner jams', openedAt: at } }],
    });
    expect(awaited).toHaveLength(1);
    expect(awaited[0]!.commit).toBeTypeOf('bigint');
  });

  it('gives a rejection back as a value, without waiting for anything', async () => {
    awaited.length = 0;
    const outcome = await tickets({ type: 'CloseTicket', data: { ticketId: 'nobody', at } }, 'cmd-close', actor);
    expect(outcome).toEqual({ ok: false, error: expect.objectContaining({ code: 'TICKET_NOT_FOUND' }) });
    expect(awaited).toEqual([]);
  });
});
