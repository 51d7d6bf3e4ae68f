/** BatchAppend's answers for a failed append: a `google.rpc.Status` with EventStoreDB's detail message. */
import { status } from '@grpc/grpc-js';
import type { StoreError } from '../store';
import { anyPb, emptyPb, sharedPb, statusPb } from './proto';

export interface Failure {
  code: number;
  message: string;
  detail?: [string, Uint8Array];
}

/**
 * EventStoreDB's answer to an append whose deadline has passed before it was written:
 * DEADLINE_EXCEEDED with a `Timeout` detail, which the client throws as DeadlineExceededError.
 */
export const TIMEOUT = (): Failure => ({
  code: status.DEADLINE_EXCEEDED,
  message: 'Timeout',
  detail: ['event_store.client.Timeout', new sharedPb.Timeout().serializeBinary()],
});

export function failure(error: StoreError): Required<Failure> {
  switch (error.code) {
    case 'wrong-expected-version': {
      const detail = new sharedPb.WrongExpectedVersion();
      if (error.current === null) detail.setCurrentNoStream(new emptyPb.Empty());
      else detail.setCurrentStreamRevision(String(error.current));
      const exp = error.expected;
      if (exp.kind === 'exact') detail.setExpectedStreamPosition(String(exp.revision));
      else if (exp.kind === 'no_stream') detail.setExpectedNoStream(new emptyPb.Empty());
      else if (exp.kind === 'stream_exists') detail.setExpectedStreamExists(new emptyPb.Empty());
      else detail.setExpectedAny(new emptyPb.Empty());
      return {
        code: status.FAILED_PRECONDITION,
        message: 'WrongExpectedVersion',
        detail: ['event_store.client.WrongExpectedVersion', detail.serializeBinary()],
      };
    }
    case 'stream-deleted':
      return {
        code: status.FAILED_PRECONDITION,
        message: `Event stream '${error.stream}' is deleted.`,
        detail: [
          'event_store.client.StreamDeleted',
          new sharedPb.StreamDeleted()
            .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(error.stream)))
            .serializeBinary(),
        ],
      };
    case 'maximum-append-size-exceeded':
      return {
        code: status.INVALID_ARGUMENT,
        message: `Maximum Append Size of ${error.maxAppendSize} Exceeded.`,
        detail: [
          'event_store.client.MaximumAppendSizeExceeded',
          new sharedPb.MaximumAppendSizeExceeded().setMaxappendsize(error.maxAppendSize).serializeBinary(),
        ],
      };
  }
}

export function statusOf(f: Failure) {
  const result = new statusPb.Status().setCode(f.code as never).setMessage(f.message);
  if (f.detail) {
    const any = new anyPb.Any();
    any.pack(f.detail[1], f.detail[0]);
    result.setDetails(any);
  }
  return result;
}
