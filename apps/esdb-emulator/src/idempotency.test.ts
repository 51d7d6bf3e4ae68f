import { describe, expect, it } from 'vitest';
import { deletionDecision, type DeletionTarget } from './idempotency';
import type { ExpectedRevision } from './store-types';

const never: DeletionTarget = { last: -1, metadataExists: false, softDeleted: false };
const metadataOnly: DeletionTarget = { last: -1, metadataExists: true, softDeleted: false };
const live: DeletionTarget = { last: 2, metadataExists: false, softDeleted: false };
const softDeleted: DeletionTarget = { last: 2, metadataExists: true, softDeleted: true };

const any: ExpectedRevision = { kind: 'any' };
const noStream: ExpectedRevision = { kind: 'no_stream' };
const exists: ExpectedRevision = { kind: 'stream_exists' };
const exact = (revision: number): ExpectedRevision => ({ kind: 'exact', revision });

describe("a delete's expected revision, as EventStoreDB 21.10+ decides it", () => {
  it('refuses to soft-delete a stream that never existed, whatever was expected; a tombstone takes it', () => {
    for (const expected of [any, noStream, exists, exact(0)])
      expect(deletionDecision(expected, never, 'soft')).toBe('wrong-expected-version');
    expect(deletionDecision(any, never, 'hard')).toBe('ok');
    expect(deletionDecision(noStream, never, 'hard')).toBe('ok');
    expect(deletionDecision(exists, never, 'hard')).toBe('wrong-expected-version');
  });

  it('soft-deletes a stream known only by its metadata unless a revision is expected', () => {
    expect(deletionDecision(any, metadataOnly, 'soft')).toBe('ok');
    expect(deletionDecision(noStream, metadataOnly, 'soft')).toBe('ok');
    expect(deletionDecision(exists, metadataOnly, 'soft')).toBe('ok');
    expect(deletionDecision(exact(0), metadataOnly, 'soft')).toBe('wrong-expected-version');
  });

  it('checks a live stream as an append of one event would be checked', () => {
    expect(deletionDecision(any, live, 'soft')).toBe('ok');
    expect(deletionDecision(exists, live, 'soft')).toBe('ok');
    expect(deletionDecision(exact(2), live, 'soft')).toBe('ok');
    expect(deletionDecision(exact(1), live, 'soft')).toBe('wrong-expected-version');
    expect(deletionDecision(noStream, live, 'soft')).toBe('wrong-expected-version');
  });

  it('deletes a soft-deleted stream again, but stream_exists says it is deleted', () => {
    expect(deletionDecision(noStream, softDeleted, 'soft')).toBe('ok');
    expect(deletionDecision(exact(2), softDeleted, 'soft')).toBe('ok');
    expect(deletionDecision(exists, softDeleted, 'soft')).toBe('stream-deleted');
    expect(deletionDecision(exists, softDeleted, 'hard')).toBe('stream-deleted');
  });
});
