import { describe, expect, it } from 'vitest';
import { SnapshotKeeper } from './snapshot-keeper';
import { InMemorySnapshotStore, type ReadModelSnapshots } from './snapshots';
import type { Projection } from './projection';
import type { SubscribingStore } from './projection-runner-options';

/** A read model whose snapshot holds the event loop for `pauseMs`. */
function readModel(name: string, pauseMs: number): Projection {
  const snapshots: ReadModelSnapshots<{ name: string }> = {
    name,
    version: 1,
    snapshot() {
      const until = performance.now() + pauseMs;
      while (performance.now() < until);
      return { name };
    },
    restore: () => undefined,
  };
  return { name, handles: [], apply: () => true, snapshots };
}

function keeper(projections: Projection[], store: InMemorySnapshotStore) {
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  return new SnapshotKeeper(
    projections,
    { store, everyEvents: 1_000, everyMs: 60_000, livePauseBudgetMs: 20 },
    {
      client: {} as SubscribingStore,
      logger: silent,
      runner: 'test',
      at: () => ({ position: { commit: 1n, prepare: 1n }, eventId: 'e1' }),
      now: () => Date.now(),
    },
  );
}

const settled = async (each: SnapshotKeeper) => {
  // A save runs one read model after another; wait until none is running.
  while ((each as unknown as { saving?: Promise<void> }).saving)
    await (each as unknown as { saving: Promise<void> }).saving;
};

describe('saving snapshots while live', () => {
  it('keeps saving a read model that pauses briefly, and holds back one over the budget until stop', async () => {
    const store = new InMemorySnapshotStore();
    const quick = readModel('quick', 0);
    const slow = readModel('slow', 40);
    const kept = keeper([quick, slow], store);
    kept.beginTaking();
    kept.changed('quick');
    kept.changed('slow');
    kept.caughtUp(1_000_000); // after a long replay: both are saved, whatever their pause
    await settled(kept);
    expect(kept.status().map((status) => [status.name, status.saves])).toEqual([
      ['quick', 1],
      ['slow', 1],
    ]);

    kept.changed('quick');
    kept.changed('slow');
    kept.saveSoon();
    await settled(kept);
    const live = Object.fromEntries(kept.status().map((status) => [status.name, status]));
    expect(live.quick).toMatchObject({ saves: 2 });
    expect(live.slow).toMatchObject({ saves: 1, liveSavesHeld: true });

    await kept.stop(); // what was held back is saved at stop
    expect(Object.fromEntries(kept.status().map((status) => [status.name, status.saves]))).toEqual({
      quick: 2,
      slow: 2,
    });
  });
});
