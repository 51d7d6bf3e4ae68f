/**
 * The platform's own error values. Codes are stable strings, mapped as they are to GraphQL
 * `extensions.code`; a context's domain rejections live in that context's table.
 */
import type { DomainError } from './decider';

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

/** `waitFor` gave up: the read models did not reach a position in time. A bug or an overload, not a user error. */
export class ReadModelTimeoutError extends Error {
  readonly code = 'READ_MODEL_TIMEOUT';
  override readonly name = 'ReadModelTimeoutError';
}

/** The projection runner stopped (or was never started) while something waited for it. */
export class ProjectionRunnerStoppedError extends Error {
  readonly code = 'PROJECTION_RUNNER_STOPPED';
  override readonly name = 'ProjectionRunnerStoppedError';
}
