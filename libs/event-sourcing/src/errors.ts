/**
 * The platform's own error values. Codes are stable strings, mapped as they are to GraphQL
 * `extensions.code`; a context's domain rejections live in that context's table.
 */
import type { DomainError } from '@deskstream/domain-kit';

export const CONFLICT = 'CONFLICT';

/** The stream kept changing under the command, more times than it may retry. */
export interface ConflictError extends DomainError {
  code: typeof CONFLICT;
  streamName: string;
  /** How many times the command was decided before giving up. */
  attempts: number;
}

export function conflictError(streamName: string, attempts: number): ConflictError {
  return {
    code: CONFLICT,
    message: 'Someone else changed this at the same time. Try again.',
    streamName,
    attempts,
  };
}

export const READ_MODEL_BEHIND = 'READ_MODEL_BEHIND';

/** What a client is told when its command was stored but the read models did not show it in time. */
export const READ_MODEL_BEHIND_MESSAGE =
  'The change is stored, but the server did not catch up in time to show it. Retrying the same request with the same command id is safe: nothing is stored twice.';

/**
 * `waitFor` gave up: the read models did not reach a position in time. An overload (or a bug),
 * not a user error. Commands wait only for positions they wrote (or found written), so the
 * change is in the store, and a retry with the same command id writes nothing more: its code
 * `READ_MODEL_BEHIND` tells a client to retry.
 */
export class ReadModelTimeoutError extends Error {
  readonly code = READ_MODEL_BEHIND;
  override readonly name = 'ReadModelTimeoutError';
}

/** The projection runner stopped (or was never started) while something waited for it. */
export class ProjectionRunnerStoppedError extends Error {
  readonly code = 'PROJECTION_RUNNER_STOPPED';
  override readonly name = 'ProjectionRunnerStoppedError';
}
