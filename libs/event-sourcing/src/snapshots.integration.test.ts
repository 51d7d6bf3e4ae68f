import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { handleCommand, type CommandStore } from './handle-command';
import { keptState, readModelSnapshots } from './kept-state';
import { ProjectionRunner } from './projection-runner';
import type { RunnerLogger } from './projection-runner-options';
import { FileSnapshotStore } from './snapshot-file-store';
import { startTestStore, type TestStore } from './test-support/emulator';
import { openTicketsProjection, ticketDecider, ticketStream, ticketUpcasters } from './test-support/tickets';

const at = '2025-03-01T09:00:00.000Z';

async function open(client: CommandStore, ticketId: string) {
  await command(client, ticketId, { type: 'OpenTicket', data: { ticketId, subject: `About ${ticketId}`, at } });
}
async function note(client: CommandStore, ticketId: string, text: string) {
  await command(client, ticketId, { type: 'AddNote', data: { ticketId, text, at } });
}
async function command(client: CommandStore, ticketId: string, command: Parameters<typeof ticketDecider.decide>[0]) {
  const result = await handleCommand(client, {
    streamName: ticketStream(ticketId),
    decider: ticketDecider,
    command,
    commandId: `${command.type}-${ticketId}-${Math.random()}`,
    metadata: { actor: { kind: 'staff', id: 'agent-7' } },
    upcasters: ticketUpcasters,
  });
  if (!result.ok) throw new Error(result.error.code);
}

/** Three read models of the same events: two keep snapshots, one does not. */
function readModels(versions: { tickets?: number; notes?: number } = {}) {
  const tickets = openTicketsProjection('openTickets');
  tickets.projection.snapshots = readModelSnapshots(
    'open-tickets',
    versions.tickets ?? 1,
    keptState({ tickets: tickets.tickets }),
  );
  const notes = openTicketsProjection('noteCounts');
  notes.projection.snapshots = readModelSnapshots(
    'note-counts',
    versions.notes ?? 1,
    keptState({ notes: notes.tickets }),
  );
  const plain = openTicketsProjection('plain');
  const state = () => serialize([[...tickets.tickets], [...notes.tickets], [...plain.tickets]]);
  return { tickets, notes, plain, projections: [tickets.projection, notes.projection, plain.projection], state };
}

const appliedCount = (applied: Map<string, number>) => [...applied.values()].reduce((sum, n) => sum + n, 0);

function recordingLogger() {
  const warnings: { details: object; message: string }[] = [];
  const ignore = () => undefined;
  const logger: RunnerLogger = {
    info: ignore,
    error: ignore,
    warn: (details, message) => warnings.push({ details, message }),
  };
  return { logger, warnings };
}

describe('read-model snapshots through the real client', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function folder() {
    const path = await mkdtemp(join(tmpdir(), 'runner-snapshots-'));
    cleanups.push(() => rm(path, { recursive: true, force: true }));
    return join(path, 'snapshots');
  }
  async function store(): Promise<TestStore> {
    const testStore = await startTestStore();
    cleanups.push(() => testStore.close());
    return testStore;
  }
  async function run(testStore: TestStore, models: ReturnType<typeof readModels>, snapshots?: string) {
    const log = recordingLogger();
    const runner = new ProjectionRunner(testStore.client, {
      projections: models.projections,
      logger: log.logger,
      snapshots: snapshots ? { store: new FileSnapshotStore(snapshots) } : undefined,
    });
    cleanups.push(() => runner.stop());
    await runner.start();
    await runner.waitUntilCaughtUp();
    return { runner, warnings: log.warnings };
  }
  async function history(client: CommandStore, from: number, to: number) {
    for (let i = from; i < to; i++) {
      if (i % 5 === 0) await open(client, `t${i}`);
      else await note(client, `t${i - (i % 5)}`, `note ${i}`);
    }
  }

  it('restores at start and catches up from there: the read models equal a cold replay, though new events came meanwhile', async () => {
    const testStore = await store();
    const snapshots = await folder();
    await history(testStore.client, 0, 30);
    const first = await run(testStore, readModels(), snapshots);
    await first.runner.stop();
    expect(first.runner.status().snapshots).toMatchObject([
      { name: 'open-tickets', restore: 'missing', saves: 1, bytes: expect.any(Number) },
      { name: 'note-counts', restore: 'missing', saves: 1 },
    ]);
    await history(testStore.client, 30, 40);

    const restarted = readModels();
    const { runner } = await run(testStore, restarted, snapshots);
    const cold = readModels();
    await run(testStore, cold);
    expect(restarted.state()).toEqual(cold.state());
    expect(restarted.tickets.tickets.size).toBe(8);
    expect(runner.status().snapshots).toMatchObject([
      { name: 'open-tickets', restore: 'restored', takenAt: expect.any(String) },
      { name: 'note-counts', restore: 'restored' },
    ]);
    // The restored read models were given only the 10 new events; the other one all 40.
    expect(appliedCount(restarted.tickets.applied)).toBe(10);
    expect(appliedCount(restarted.notes.applied)).toBe(10);
    expect(appliedCount(restarted.plain.applied)).toBe(40);
    expect(runner.status().eventsApplied).toBe(40);
  });

  it('a changed version replays only that read model, the others go on from their snapshots', async () => {
    const testStore = await store();
    const snapshots = await folder();
    await history(testStore.client, 0, 20);
    await (await run(testStore, readModels(), snapshots)).runner.stop();
    await history(testStore.client, 20, 25);

    const changed = readModels({ notes: 2 });
    const { runner, warnings } = await run(testStore, changed, snapshots);
    const cold = readModels();
    await run(testStore, cold);
    expect(changed.state()).toEqual(cold.state());
    expect(appliedCount(changed.tickets.applied)).toBe(5);
    expect(appliedCount(changed.notes.applied)).toBe(25);
    for (const count of changed.notes.applied.values()) expect(count).toBe(1);
    expect(runner.status().snapshots[1]).toMatchObject({
      name: 'note-counts',
      restore: 'version-changed',
      reason: 'taken by version 1, the read model is version 2',
    });
    expect(warnings).toContainEqual({
      details: expect.objectContaining({ snapshot: 'note-counts', outcome: 'version-changed' }),
      message: expect.stringMatching(/not used/),
    });
    // Saved again at the new version at the next stop, then restored.
    await runner.stop();
    const again = readModels({ notes: 2 });
    const next = await run(testStore, again, snapshots);
    expect(next.runner.status().snapshots.map((each) => each.restore)).toEqual(['restored', 'restored']);
    expect(appliedCount(again.notes.applied)).toBe(0);
  });

  it('ignores a snapshot taken against another store (wiped and written again): stale, logged, replayed', async () => {
    const snapshots = await folder();
    const before = await store();
    await history(before.client, 0, 15);
    await (await run(before, readModels(), snapshots)).runner.stop();

    const other = await store();
    await history(other.client, 100, 120);
    const models = readModels();
    const { runner, warnings } = await run(other, models, snapshots);
    const cold = readModels();
    await run(other, cold);
    expect(models.state()).toEqual(cold.state());
    expect(runner.status().snapshots).toMatchObject([
      { restore: 'stale', reason: expect.stringMatching(/another event is at|no event at/) },
      { restore: 'stale' },
    ]);
    expect(warnings.filter((w) => (w.details as { outcome?: string }).outcome === 'stale')).toHaveLength(2);
    expect(appliedCount(models.tickets.applied)).toBe(20);
  });

  it('ignores a corrupt snapshot and a store that ends before it, replaying those read models', async () => {
    const snapshots = await folder();
    const testStore = await store();
    await history(testStore.client, 0, 10);
    await (await run(testStore, readModels(), snapshots)).runner.stop();
    const file = new FileSnapshotStore(snapshots).fileOf('open-tickets');
    const content = await readFile(file);
    content[content.length - 3] ^= 0x55;
    await writeFile(file, content);

    const models = readModels();
    const { runner } = await run(testStore, models, snapshots);
    expect(runner.status().snapshots).toMatchObject([
      { name: 'open-tickets', restore: 'corrupt', reason: 'the checksum does not match' },
      { name: 'note-counts', restore: 'restored' },
    ]);
    expect(appliedCount(models.tickets.applied)).toBe(10);
    expect(appliedCount(models.notes.applied)).toBe(0);
    const cold = readModels();
    await run(testStore, cold);
    expect(models.state()).toEqual(cold.state());

    const shorter = await store();
    await history(shorter.client, 0, 2);
    const fresh = readModels();
    const onShorter = await run(shorter, fresh, snapshots);
    expect(onShorter.runner.status().snapshots[1]).toMatchObject({ restore: 'stale' });
    expect(fresh.notes.tickets.size).toBe(1);
  });
});
