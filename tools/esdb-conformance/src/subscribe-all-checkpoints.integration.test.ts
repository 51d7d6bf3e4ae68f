/**
 * Checkpoints of filtered `$all` subscriptions: one after every `window × multiplier` events the
 * server considered (matching or not), in catch-up and live, and their positions never go
 * backwards. A subscriber whose filter matches little still learns how far it has got.
 */
import { describe, expect, it } from 'vitest';
import { BACKWARDS, END, eventTypeFilter, jsonEvent, type Position } from '@eventstore/db-client';
import { Recorder } from './test-support/recorder';
import {
  againstEmulator,
  collect,
  comparePositions,
  suffix,
  testEvents,
  uniqueStream,
  useClient,
} from './test-support/store';

const WINDOW = 5;
const MULTIPLIER = 2;
const INTERVAL = WINDOW * MULTIPLIER;

function expectNonDecreasing(positions: Position[]): void {
  for (let i = 1; i < positions.length; i++)
    expect(comparePositions(positions[i]!, positions[i - 1]!)).toBeGreaterThanOrEqual(0);
}

describe('subscribeToAll checkpoints', () => {
  const client = useClient();

  async function endOfAll(): Promise<Position> {
    const [last] = await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
    return last!.event!.position;
  }

  it('arrive during catch-up after every window × multiplier considered events, and when going live', async () => {
    const s = suffix();
    const noise = uniqueStream('checkpoint-noise');
    const marker = await client.appendToStream(noise, jsonEvent({ type: 'ConformanceMarker', data: {} }));
    for (let i = 0; i < 10; i++) await client.appendToStream(noise, testEvents(10, 'ConformanceNoise'));
    await client.appendToStream(noise, jsonEvent({ type: `Quiet${s}Finished`, data: {} }));
    const considered = 101; // at least: other writers may add more

    const filter = eventTypeFilter({
      prefixes: [`Quiet${s}`],
      maxSearchWindow: WINDOW,
      checkpointInterval: MULTIPLIER,
      checkpointReached: (sub, position) => recorder.checkpoint(sub, position),
    });
    const recorder: Recorder = new Recorder(client.subscribeToAll({ fromPosition: marker.position!, filter }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      await recorder.waitForEvent('the matching event', (e) => e.event!.type === `Quiet${s}Finished`);
      const checkpoints = recorder.checkpoints();
      const end = await endOfAll();
      const inCatchUp = recorder.beforeCaughtUp().filter((e) => e.kind === 'checkpoint');

      expect(recorder.events().map((e) => e.event!.type)).toEqual([`Quiet${s}Finished`]);
      // The last partial interval before going live may or may not be reported.
      expect(inCatchUp.length).toBeGreaterThanOrEqual(Math.floor(considered / INTERVAL) - 1);
      expectNonDecreasing(recorder.checkpoints());
      for (const position of checkpoints) {
        expect(comparePositions(position, marker.position!)).toBeGreaterThan(0);
        expect(comparePositions(position, end)).toBeLessThanOrEqual(0);
      }
      const upTo = (await collect(client.readAll({ fromPosition: marker.position!, maxCount: 100_000 }))).length;
      expect(checkpoints.length).toBeLessThanOrEqual(Math.floor(upTo / INTERVAL) + 2);
      if (againstEmulator()) {
        // The emulator also reports a checkpoint as it goes live, next to `caughtUp`, at or past
        // the last event it caught up with. EventStoreDB may or may not.
        const at = recorder.entries.findIndex((e) => e.kind === 'caughtUp');
        const finished = recorder.events()[0]!.event!.position!;
        const beside = [recorder.entries[at - 1], recorder.entries[at + 1]].flatMap((e) =>
          e?.kind === 'checkpoint' ? [e.position] : [],
        );
        expect(beside.some((p) => comparePositions(p, finished) >= 0)).toBe(true);
      }
    } finally {
      await recorder.stop();
    }
  });

  it('arrive while live after every window × multiplier considered events, never going backwards', async () => {
    const s = suffix();
    const start = await endOfAll();
    const filter = eventTypeFilter({
      prefixes: [`Silent${s}`],
      maxSearchWindow: WINDOW,
      checkpointInterval: MULTIPLIER,
      checkpointReached: (sub, position) => recorder.checkpoint(sub, position),
    });
    const recorder: Recorder = new Recorder(client.subscribeToAll({ fromPosition: END, filter }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      const before = recorder.checkpoints().length;
      const noise = uniqueStream('checkpoint-live-noise');
      for (let i = 0; i < 2 * INTERVAL + 5; i++) await client.appendToStream(noise, testEvents(1, 'ConformanceNoise'));
      await recorder.waitFor('two live checkpoints', (r) => r.checkpoints().length >= before + 2);
      const live = recorder.checkpoints().slice(before);
      const end = await endOfAll();

      expectNonDecreasing(recorder.checkpoints());
      for (const position of live) {
        expect(comparePositions(position, start)).toBeGreaterThanOrEqual(0);
        expect(comparePositions(position, end)).toBeLessThanOrEqual(0);
      }
      expect(recorder.events()).toEqual([]);
    } finally {
      await recorder.stop();
    }
  });

  it('keep their positions in step with the events a subscriber does receive', async () => {
    const s = suffix();
    const filter = eventTypeFilter({
      prefixes: [`Sparse${s}`],
      maxSearchWindow: WINDOW,
      checkpointInterval: 1,
      checkpointReached: (sub, position) => recorder.checkpoint(sub, position),
    });
    const recorder: Recorder = new Recorder(client.subscribeToAll({ fromPosition: END, filter }));
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      const stream = uniqueStream('checkpoint-sparse');
      for (let i = 0; i < 4; i++) {
        await client.appendToStream(stream, testEvents(7, 'ConformanceNoise'));
        await client.appendToStream(stream, jsonEvent({ type: `Sparse${s}Match`, data: { i } }));
      }
      await recorder.waitFor('four matching events', (r) => r.events().length === 4);
      await recorder.waitFor('checkpoints', (r) => r.checkpoints().length >= 4);

      // Interleaved, events and checkpoints form one non-decreasing sequence of positions.
      const timeline = recorder.entries.flatMap((e) =>
        e.kind === 'event' ? [e.event.event!.position!] : e.kind === 'checkpoint' ? [e.position] : [],
      );
      expectNonDecreasing(timeline);
    } finally {
      await recorder.stop();
    }
  });
});
