import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryCheckpointStore } from './checkpoints';
import { ProjectionRunnerStoppedError, ReadModelTimeoutError } from './errors';
import { ProjectionRunner } from './projection-runner';
import { at, FakeStore, settle } from './test-support/fake-store';
import { silentLogger } from './test-support/silent-logger';
import { storedEvent } from './test-support/stored-events';
import { openTicketsProjection, ticketUpcasters } from './test-support/tickets';

const opened = (ticketId: string, n: number) =>
  storedEvent({
    type: 'TicketOpened',
    data: { ticketId, subject: ticketId, openedAt: 'x' },
    at: n,
    metadata: { schema: 2 },
  });

function setUp(options: { checkpoints?: InMemoryCheckpointStore; last?: ReturnType<typeof opened> } = {}) {
  const store = new FakeStore();
  store.last = options.last ?? opened('head', 1_000);
  const open = openTicketsProjection();
  const runner = new ProjectionRunner(store.asClient(), {
    projections: [open.projection],
    upcasters: ticketUpcasters,
    checkpoints: options.checkpoints,
    logger: silentLogger,
    resubscribeDelayMs: { initial: 10, max: 40 },
  });
  return { store, open, runner };
}

describe('the projection runner', () => {
  afterEach(() => vi.useRealTimers());

  it('is caught up at once on an empty store, whatever the subscription says', async () => {
    const store = new FakeStore();
    const runner = new ProjectionRunner(store.asClient(), { projections: [], logger: silentLogger });
    await runner.start();
    expect(runner.status()).toMatchObject({ caughtUp: true, state: 'live', eventsApplied: 0 });
    expect(store.subscriptions).toHaveLength(1);
    await runner.waitUntilCaughtUp();
    await runner.stop();
  });

  it('is caught up only once the events sent before the signal are applied', async () => {
    const { store, open, runner } = setUp();
    await runner.start();
    store.latest.send(opened('t1', 10), opened('t2', 20), opened('t3', 30));
    store.latest.emit('caughtUp');
    expect(runner.status().caughtUp).toBe(false);
    await runner.waitUntilCaughtUp();
    expect([...open.tickets.keys()]).toEqual(['t1', 't2', 't3']);
    expect(runner.status()).toMatchObject({ caughtUp: true, state: 'live', eventsApplied: 3, position: at(30) });
    await runner.stop();
  });

  it('resubscribes from its last position after an error, with growing delays, and never re-applies', async () => {
    const { store, open, runner } = setUp();
    await runner.start();
    expect(store.latest.from).toBe('start');
    const first = [opened('t1', 10), opened('t2', 20)];
    store.latest.send(...first);
    await settle();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.latest.emit('error', new Error('connection reset'));
    expect(runner.status()).toMatchObject({ state: 'resubscribing', lastError: 'Error: connection reset' });
    await vi.advanceTimersByTimeAsync(10);
    expect(store.subscriptions).toHaveLength(2);
    expect(store.latest.from).toEqual(at(20));
    store.latest.emit('error', new Error('again'));
    await vi.advanceTimersByTimeAsync(10);
    expect(store.subscriptions).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(store.subscriptions).toHaveLength(3);
    // A server that resends from an earlier position must not cause a second application.
    store.latest.send(...first, opened('t3', 30));
    await settle();
    expect(store.subscriptions[0]!.unsubscribed).toBe(true);
    expect([...open.applied.values()]).toEqual([1, 1, 1]);
    expect(runner.status()).toMatchObject({ resubscriptions: 2, eventsApplied: 3, position: at(30) });
    await runner.stop();
  });

  it('treats the end of the subscription like an error', async () => {
    const { store, runner } = setUp();
    await runner.start();
    store.latest.push(null);
    await settle();
    expect(runner.status().state).toBe('resubscribing');
    await runner.stop();
    expect(runner.status().state).toBe('stopped');
  });

  it('lets a mutation wait for its position, and times out clearly', async () => {
    const { store, open, runner } = setUp();
    await expect(runner.waitFor(at(10))).rejects.toThrow(ProjectionRunnerStoppedError);
    await runner.start();
    const waiting = runner.waitFor(at(20)).then(() => open.tickets.has('t2'));
    store.latest.send(opened('t1', 10), opened('t2', 20));
    await expect(waiting).resolves.toBe(true);
    await expect(runner.waitFor(at(20))).resolves.toBeUndefined();
    await expect(runner.waitFor(undefined)).resolves.toBeUndefined();
    await expect(runner.waitFor(at(99), 20)).rejects.toThrow(ReadModelTimeoutError);
    const stillWaiting = runner.waitFor(at(99));
    await runner.stop();
    await expect(stillWaiting).rejects.toThrow(ProjectionRunnerStoppedError);
  });

  it('keeps going when a change listener throws', async () => {
    const { store, runner } = setUp();
    const changes: string[] = [];
    runner.onChange(() => {
      throw new Error('listener bug');
    });
    const stop = runner.onChange((change) =>
      changes.push(`${change.projection}:${change.event.data && (change.event.data as { ticketId: string }).ticketId}`),
    );
    await runner.start();
    store.latest.send(opened('t1', 10));
    await settle();
    stop();
    store.latest.send(opened('t2', 20));
    await settle();
    expect(changes).toEqual(['openTickets:t1']);
    expect(runner.status().position).toEqual(at(20));
    await runner.stop();
  });

  it('saves its checkpoint, and a new runner starts from it', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    const first = setUp({ checkpoints });
    await first.runner.start();
    first.store.latest.send(opened('t1', 10), opened('t2', 20));
    await settle();
    await first.runner.stop();
    expect(await checkpoints.load('read-models')).toEqual(at(20));

    const second = setUp({ checkpoints, last: opened('t2', 20) });
    await second.runner.start();
    expect(second.store.latest.from).toEqual(at(20));
    expect(second.runner.status()).toMatchObject({ caughtUp: true, position: at(20) });
    await second.runner.stop();
  });

  it('can start only once', async () => {
    const { runner } = setUp();
    await runner.start();
    await expect(runner.start()).rejects.toThrow(/already started/);
    await runner.stop();
    await expect(runner.waitUntilCaughtUp()).rejects.toThrow(ProjectionRunnerStoppedError);
  });
});
