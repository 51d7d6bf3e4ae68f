import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRunner } from './command-runner';
import { withCommandObserver, type CommandObservation } from './command-observer';
import { withAggregateCache } from './handle-command';
import { startTestStore, type TestStore } from './test-support/emulator';
import { ticketDecider, ticketStream, type TicketCommand } from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';
const actor = { kind: 'staff', id: 'agent-7' } as const;

describe('a command observer on the store', () => {
  let store: TestStore;
  const seen: CommandObservation[] = [];
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(() => store?.close());

  const ticketsOn = (runner: CommandRunner) =>
    runner.aggregate((command: TicketCommand) => ticketStream(command.data.ticketId), ticketDecider);

  it('is told each command’s type, outcome and duration, and the store keeps its aggregate cache', async () => {
    const observed = withCommandObserver(withAggregateCache(store.client), (observation) => seen.push(observation));
    expect(observed.aggregates).toBeDefined();
    const tickets = ticketsOn(new CommandRunner(observed, { waitFor: () => Promise.resolve() }));

    await tickets({ type: 'OpenTicket', data: { ticketId: 'o1', subject: 'Printer', at } }, 'cmd-o1', actor);
    await tickets({ type: 'CloseTicket', data: { ticketId: 'missing', at } }, 'cmd-o2', actor);

    expect(seen).toEqual([
      { commandType: 'OpenTicket', outcome: 'accepted', durationMs: expect.any(Number) },
      { commandType: 'CloseTicket', outcome: 'rejected', durationMs: expect.any(Number) },
    ]);
    expect(seen[0]!.durationMs).toBeGreaterThan(0);
  });

  it('records a command that threw as failed and lets the exception through', async () => {
    seen.length = 0;
    const observed = withCommandObserver(store.client, (observation) => seen.push(observation));
    const tickets = ticketsOn(
      new CommandRunner(observed, {
        waitFor: async () => {
          throw new Error('read models behind');
        },
      }),
    );
    await expect(
      tickets({ type: 'OpenTicket', data: { ticketId: 'o3', subject: 'Scanner', at } }, 'cmd-o3', actor),
    ).rejects.toThrow('read models behind');
    expect(seen).toEqual([{ commandType: 'OpenTicket', outcome: 'failed', durationMs: expect.any(Number) }]);
  });

  it('never lets a failing observer fail the command', async () => {
    const observed = withCommandObserver(store.client, () => {
      throw new Error('observer broke');
    });
    const tickets = ticketsOn(new CommandRunner(observed, { waitFor: () => Promise.resolve() }));
    const outcome = await tickets(
      { type: 'OpenTicket', data: { ticketId: 'o4', subject: 'Lamp', at } },
      'cmd-o4',
      actor,
    );
    expect(outcome.ok).toBe(true);
  });
});
