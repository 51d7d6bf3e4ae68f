/**
 * The store's decisions that look only at a stream's events: whether an append is a retry of one
 * already written (EventStoreDB's idempotency), and whether a delete may go ahead.
 */
import type { StoredEvent } from './storage/record';
import type { StreamState } from './store-index';
import { IDEMPOTENCY_WINDOW, type ExpectedRevision, type ProposedEvent } from './store-types';

/**
 * EventStoreDB's idempotency: proposed events already written at the place the expected
 * revision points to (or, for any/stream_exists, among the stream's recent events) are not
 * written again; the original result comes back. A retry that only partly matches is refused.
 */
export function findDuplicate(
  state: StreamState | undefined,
  expected: ExpectedRevision,
  proposed: ProposedEvent[],
): StoredEvent | 'partial' | undefined {
  if (!state || proposed.length === 0) return undefined;
  const last = state.events.length - 1;
  let first: number | undefined;
  if (expected.kind === 'exact' || expected.kind === 'no_stream') {
    first = (expected.kind === 'exact' ? expected.revision : -1) + 1;
    if (first > last || state.events[first]?.id !== proposed[0]!.id) return undefined;
  } else {
    first = recentRevisionOf(state, proposed[0]!.id);
    if (first === undefined) return undefined;
  }
  for (let i = 0; i < proposed.length; i++) {
    const event = state.events[first + i];
    if (!event || event.id !== proposed[i]!.id) return 'partial';
  }
  return state.events[first + proposed.length - 1];
}

/**
 * Where an event id stands among the stream's last IDEMPOTENCY_WINDOW events. EventStoreDB too
 * recognises retries with no exact expected revision only while their ids are in its cache.
 */
export function recentRevisionOf(state: StreamState, id: string): number | undefined {
  const stop = Math.max(0, state.events.length - IDEMPOTENCY_WINDOW);
  for (let r = state.events.length - 1; r >= stop; r--) if (state.events[r]?.id === id) return r;
  return undefined;
}

/**
 * `no_stream` deletes a stream with no events: a tombstone always (the name is then taken for
 * ever), a soft delete only where the stream exists implicitly through its metadata, as
 * EventStoreDB since 23.10 answers.
 */
export function deletionAllowed(expected: ExpectedRevision, last: number, mayDeleteWithoutEvents: boolean): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return last < 0 && mayDeleteWithoutEvents;
    case 'stream_exists':
      return last >= 0;
    case 'exact':
      return expected.revision === last;
  }
}
