import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryCheckpointStore } from './checkpoints';
import { handleCommand, type CommandStore } from './handle-command';
import type { RecordedEvent } from './events';
import { comparePositions } from './position';
import type { Projection, ReadModelChange } from './projection';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';
import { silentLogger } from './test-support/silent-logger';
import { startTestStore, type TestStore } from './test-support/emulator';
import {
  openTicketsProjection,
  ticketDecider,
  ticketStream,
  ticketUpcasters,
  type TicketCommand,
} from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';
const open = (ticketId: string, subject = `About ${ticketId}`): TicketCommand => ({
  type: 'OpenTicket',
  data: { ticketId, subject, at },
});
const note = (ticketId: string, text: string): TicketCommand => ({ type: 'AddNote', data: { ticketId, text, at } });

async function send(
  client: CommandStore,
  ticketId: string,
  command: TicketCommand,
  commandId = `${command.type}-${ticketId}-${Math.random()}`,
) {
  const result = await handleCommand(client, {
    streamName: ticketStream(ticketId),
    decider: ticketDecider,
    command,
    commandId,
    metadata: { actor: { kind: 'staff', id: 'agent-7' } },
    upcasters: ticketUpcasters,
  });
  if (!result.ok) throw new Error(`command failed: ${result.error.code}`);
  return result;
}

describe('the projection runner through the real client', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function storeWithRunner(options: Omit<ProjectionRunnerOptions, 'logger'>, store?: TestStore) {
    const testStore = store ?? (await startTestStore());
    if (!store) cleanups.push(() => testStore.close());
    const runner = new ProjectionRunner(testStore.client, { logger: silentLogger, ...options });
    cleanups.push(() => runner.stop());
    return { store: testStore, client: testStore.client, runner };
  }

  it('is caught up at once on an empty store', async () => {
    const { runner } = await storeWithRunner({ projections: [openTicketsProjection().projection] });
    await runner.start();
    await runner.waitUntilCaughtUp();
    expect(runner.status()).toMatchObject({ caughtUp: true, eventsApplied: 0, position: undefined });
  });

  it('replays history in $all order, then reports caught up', async () => {
    const store = await startTestStore();
    cleanups.push(() => store.close());
    for (let i = 0; i < 20; i++)
      await send(store.client, `t${i % 4}`, i < 4 ? open(`t${i}`) : note(`t${i % 4}`, `n${i}`));
    const open_ = openTicketsProjection();
    const seen: RecordedEvent[] = [];
    const order: Projection = {
      name: 'order',
      handles: ['TicketOpened', 'TicketNoteAdded'],
      apply: (event) => void seen.push(event),
    };
    const { runner } = await storeWithRunner({ projections: [open_.projection, order] }, store);
    await runner.start();
    await runner.waitUntilCaughtUp();
    expect(runner.status()).toMatchObject({ caughtUp: true, state: 'live', eventsApplied: 20, deadLetters: 0 });
    expect(runner.status().eventsPerSecond).toBeGreaterThan(0);
    expect([...open_.tickets.values()].map((t) => t.notes)).toEqual([4, 4, 4, 4]);
    expect(seen).toHaveLength(20);
    for (let i = 1; i < seen.length; i++)
      expect(comparePositions(seen[i - 1]!.position, seen[i]!.position)).toBeLessThan(0);
  });

  it('lets a mutation read its own write: waitFor(position) resolves once the read model has it', async () => {
    const open_ = openTicketsProjection();
    const { client, runner } = await storeWithRunner({ projections: [open_.projection] });
    const changes: ReadModelChange[] = [];
    runner.onChange((change) => changes.push(change));
    await runner.start();
    await runner.waitUntilCaughtUp();
    for (let i = 0; i < 5; i++) {
      const result = await send(client, `rw${i}`, open(`rw${i}`, `Subject ${i}`));
      await runner.waitFor(result.position);
      expect(open_.tickets.get(`rw${i}`)).toEqual({ subject: `Subject ${i}`, notes: 0 });
      expect(changes.at(-1)).toMatchObject({
        projection: 'openTickets',
        event: { type: 'TicketOpened', streamName: `ticket-rw${i}` },
      });
    }
    const last = await send(client, 'rw0', note('rw0', 'hi'));
    const waitFor = runner.waitFor(last.position);
    await expect(waitFor).resolves.toBeUndefined();
    expect(open_.tickets.get('rw0')!.notes).toBe(1);
    await expect(
      runner.waitFor({ commit: last.position!.commit + 1_000_000n, prepare: last.position!.prepare + 1_000_000n }, 100),
    ).rejects.toThrow(/did not reach position .* within 100 ms/);
  });

  it('dead-letters an event a projection throws on, and goes on', async () => {
    const open_ = openTicketsProjection();
    const picky: Projection = {
      name: 'subjectsBySize',
      handles: ['TicketOpened'],
      apply(event) {
        if ((event.data as { subject: string }).subject.includes('💥')) throw new RangeError('subject too exciting');
      },
    };
    const { client, runner } = await storeWithRunner({ projections: [picky, open_.projection] });
    await runner.start();
    await send(client, 'a', open('a'));
    const bad = await send(client, 'b', open('b', 'Printer 💥'), 'cmd-bad');
    const after = await send(client, 'c', open('c'));
    await runner.waitFor(after.position);
    expect([...open_.tickets.keys()]).toEqual(['a', 'b', 'c']);
    expect(runner.deadLetters()).toEqual([
      {
        projection: 'subjectsBySize',
        eventId: expect.any(String),
        eventType: 'TicketOpened',
        streamName: 'ticket-b',
        position: bad.position,
        error: 'RangeError: subject too exciting',
        recordedAt: expect.any(String),
      },
    ]);
    expect(runner.status()).toMatchObject({ deadLetters: 1, eventsApplied: 3, state: 'live' });
  });

  it('resumes from its checkpoint without applying anything twice', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    const open_ = openTicketsProjection();
    const first = await storeWithRunner({ projections: [open_.projection], checkpoints });
    await first.runner.start();
    const before = await send(first.client, 'r1', open('r1'));
    await send(first.client, 'r2', open('r2'));
    await first.runner.waitFor((await send(first.client, 'r1', note('r1', 'x'))).position);
    await first.runner.stop();
    expect(await checkpoints.load('read-models')).toEqual(first.runner.status().position);

    await send(first.client, 'r3', open('r3'));
    const second = await storeWithRunner({ projections: [open_.projection], checkpoints }, first.store);
    await second.runner.start();
    await second.runner.waitUntilCaughtUp();
    const latest = await send(first.client, 'r2', note('r2', 'y'));
    await second.runner.waitFor(latest.position);
    await second.runner.waitFor(before.position);
    expect([...open_.applied.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(second.runner.status().eventsApplied).toBe(2);
    expect([...open_.tickets.entries()].map(([id, t]) => `${id}:${t.notes}`)).toEqual(['r1:1', 'r2:1', 'r3:0']);
  });

  it('resubscribes from its last position when the store goes away and comes back', async () => {
    const dbPath = await mkdtemp(join(tmpdir(), 'deskstream-runner-'));
    cleanups.push(() => rm(dbPath, { recursive: true, force: true }));
    const before = await startTestStore({ dbPath, port: 0 });
    cleanups.push(() => before.close());
    const open_ = openTicketsProjection();
    const warnings: string[] = [];
    const runner = new ProjectionRunner(before.client, {
      projections: [open_.projection],
      upcasters: ticketUpcasters,
      resubscribeDelayMs: { initial: 50, max: 400 },
      logger: { ...silentLogger, warn: (_details, message) => warnings.push(message) },
    });
    cleanups.push(() => runner.stop());
    await runner.start();
    await runner.waitFor((await send(before.client, 'x1', open('x1'))).position);

    await before.emulator.stop();
    const after = await startTestStore({ dbPath, port: before.emulator.port });
    cleanups.splice(cleanups.length - 1, 0, () => after.close());
    const later = await send(after.client, 'x2', open('x2'));
    await runner.waitFor(later.position, 15_000);
    expect([...open_.tickets.keys()]).toEqual(['x1', 'x2']);
    expect([...open_.applied.values()]).toEqual([1, 1]);
    expect(runner.status().resubscriptions).toBeGreaterThanOrEqual(1);
    expect(warnings).toContain('subscription to $all failed; resubscribing');
  });

  it('stops cleanly and rejects whoever still waits', async () => {
    const { client, runner } = await storeWithRunner({ projections: [openTicketsProjection().projection] });
    await runner.start();
    const result = await send(client, 's1', open('s1'));
    await runner.waitFor(result.position);
    const never = runner.waitFor(
      { commit: result.position!.commit + 10_000n, prepare: result.position!.prepare + 10_000n },
      10_000,
    );
    await runner.stop();
    await expect(never).rejects.toThrow(/stopped/);
    expect(runner.status().state).toBe('stopped');
    await send(client, 's2', open('s2'));
    expect(runner.status().eventsApplied).toBe(1);
  });
});
