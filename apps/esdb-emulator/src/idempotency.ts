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

/** What a stream looks like to a delete: its last revision (-1: none), metadata, soft deletion. */
export interface DeletionTarget {
  last: number;
  metadataExists: boolean;
  softDeleted: boolean;
}

/**
 * Whether a delete may go ahead, as EventStoreDB (21.10 and later) decides: first the expected
 * revision, checked as for an append of one new event (`stream_exists` on a soft-deleted stream
 * is StreamDeleted, `no_stream` deletes a soft-deleted stream again, `stream_exists` accepts a
 * stream that exists only through its metadata); then a soft delete of a stream that has never
 * had an event nor metadata is a wrong expected version whatever was expected. A tombstone takes
 * the name of a stream that never existed.
 */
export function deletionDecision(
  expected: ExpectedRevision,
  target: DeletionTarget,
  kind: 'soft' | 'hard',
): 'ok' | 'wrong-expected-version' | 'stream-deleted' {
  const { last, metadataExists, softDeleted } = target;
  switch (expected.kind) {
    case 'any':
      break;
    case 'stream_exists':
      if (softDeleted) return 'stream-deleted';
      if (last < 0 && !metadataExists) return 'wrong-expected-version';
      break;
    case 'no_stream':
      if (last >= 0 && !softDeleted) return 'wrong-expected-version';
      break;
    case 'exact':
      if (expected.revision !== last) return 'wrong-expected-version';
      break;
  }
  if (kind === 'soft' && last < 0 && !metadataExists) return 'wrong-expected-version';
  return 'ok';
}
