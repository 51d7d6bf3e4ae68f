/** Turning request messages into store terms, validating as EventStoreDB does. */
import type { StreamIdentifier } from '@eventstore/db-client/generated/shared_pb';
import type { ExpectedRevision } from '../store';
import { invalidArgument } from './errors';

export class RequestError extends Error {
  constructor(readonly serviceError: ReturnType<typeof invalidArgument>) {
    super(serviceError.details);
  }
}

export function streamName(identifier: StreamIdentifier | undefined): string {
  const bytes = identifier?.getStreamName_asU8();
  if (!bytes || bytes.length === 0) throw new RequestError(invalidArgument('Stream name must not be empty.'));
  return Buffer.from(bytes).toString('utf8');
}

/** A revision given as a decimal string; the store counts in safe integers. */
export function revision(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new RequestError(invalidArgument(`Revision ${value} is out of range.`));
  return n;
}

export function position(commit: string, prepare: string): number {
  const n = Number(commit);
  if (!Number.isSafeInteger(n) || n < 0 || commit !== prepare) {
    throw new RequestError(invalidArgument(`Position ${commit}/${prepare} is not a valid log position.`));
  }
  return n;
}

/**
 * The expected-revision oneof of Append, BatchAppend, Delete and Tombstone requests: in each the
 * cases are numbered 2 revision, 3 no_stream, 4 any, 5 stream_exists.
 */
export function expectedRevision(oneofCase: number, revisionValue: string): ExpectedRevision {
  switch (oneofCase) {
    case 2:
      return { kind: 'exact', revision: revision(revisionValue) };
    case 3:
      return { kind: 'no_stream' };
    case 5:
      return { kind: 'stream_exists' };
    case 4:
      return { kind: 'any' };
    default:
      throw new RequestError(invalidArgument('An expected stream revision is required.'));
  }
}
