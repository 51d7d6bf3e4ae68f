/**
 * The GraphQL errors a live connection sends in a subscription's `error` message on its own
 * account: the staff session ended, a refusal by the subscription caps, or a failure on our side.
 */
import { LIVE_REFUSALS, type LiveRefusal } from './live-admission';

/** What each subscription of a connection whose session ended gets, as `requireStaff` says it. */
export const SESSION_ENDED_ERRORS = [
  {
    message: 'Your session has ended; sign in again.',
    extensions: { code: 'UNAUTHENTICATED', reason: 'ACCESS_SESSION_ENDED' },
  },
] as const;

/** What a subscription gets when it fails on our side. */
export const INTERNAL_ERROR = [
  { message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
];

/** What a subscription the caps or the flood guard refused gets. */
export function refusalErrors(reason: LiveRefusal): readonly unknown[] {
  return [{ message: LIVE_REFUSALS[reason], extensions: { code: 'RATE_LIMITED', reason } }];
}
