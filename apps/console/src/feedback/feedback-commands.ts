import { outcomeOf, type Failure } from '@deskstream/ui';
import type { OperationResult } from '@urql/core';
import { ref } from 'vue';
import { createCommandIds } from '../bookings/booking-commands';

/**
 * Runs the feedback pages' commands: one at a time, each with a command id that is kept while
 * its answer is lost on the way (a retry writes once), and the last refusal by action.
 */
export function createFeedbackCommands() {
  const ids = createCommandIds();
  const busy = ref<string | null>(null);
  const failure = ref<{ action: string; failure: Failure } | null>(null);

  async function run<T, D>(
    action: string,
    content: string,
    send: (commandId: string) => Promise<OperationResult<D>>,
    pick: (data: D) => T,
  ): Promise<T | null> {
    if (busy.value) return null;
    busy.value = action;
    failure.value = null;
    const outcome = await outcomeOf(send(ids.idFor(`${action}|${content}`)));
    busy.value = null;
    ids.settled(outcome.ok ? null : outcome);
    if (outcome.ok) return pick(outcome.data);
    failure.value = { action, failure: { code: outcome.code, reason: outcome.reason } };
    return null;
  }

  const failed = (action: string): Failure | null => (failure.value?.action === action ? failure.value.failure : null);

  return { busy, failure, run, failed, clear: () => (failure.value = null) };
}
