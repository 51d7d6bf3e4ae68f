/**
 * Errors as EventStoreDB sends them: a gRPC status, with an `exception` trailer (and its
 * details) that the client maps to its typed errors.
 */
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import type { ExpectedRevision, StoreError } from '../store';

/** EventStoreDB's numbers for the non-revision expectations, as sent in `expected-version`. */
export function expectedVersionNumber(expected: ExpectedRevision): string {
  switch (expected.kind) {
    case 'any':
      return '-2';
    case 'no_stream':
      return '-1';
    case 'stream_exists':
      return '-4';
    case 'exact':
      return String(expected.revision);
  }
}

export function serviceError(code: status, details: string, trailers: Record<string, string> = {}): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}

export function invalidArgument(details: string): ServiceError {
  return serviceError(status.INVALID_ARGUMENT, details);
}

export function storeErrorToService(error: StoreError): ServiceError {
  switch (error.code) {
    case 'stream-deleted':
      return serviceError(status.FAILED_PRECONDITION, `Event stream '${error.stream}' is deleted.`, {
        exception: 'stream-deleted',
        'stream-name': error.stream,
      });
    case 'wrong-expected-version': {
      const trailers: Record<string, string> = {
        exception: 'wrong-expected-version',
        'stream-name': error.stream,
        'expected-version': expectedVersionNumber(error.expected),
        // EventStoreDB always says the actual version here, -1 for a stream with no events.
        'actual-version': String(error.current ?? -1),
      };
      return serviceError(
        status.FAILED_PRECONDITION,
        `Delete failed due to WrongExpectedVersion. Stream: ${error.stream}, Expected version: ${expectedVersionNumber(error.expected)}, Actual version: ${error.current ?? -1}`,
        trailers,
      );
    }
    case 'maximum-append-size-exceeded':
      return serviceError(status.INVALID_ARGUMENT, `Maximum Append Size of ${error.maxAppendSize} Exceeded.`, {
        exception: 'maximum-append-size-exceeded',
        'maximum-append-size': String(error.maxAppendSize),
      });
  }
}

export function missingMetadata(properties: string[]): ServiceError {
  return serviceError(status.INVALID_ARGUMENT, `Required metadata properties are missing: ${properties.join(', ')}`, {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': properties.join(','),
  });
}
