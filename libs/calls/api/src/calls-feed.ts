/**
 * The live feed: after the runner applied events that changed calls, each changed call is pushed
 * once on `callsChanged` (a burst of events on one call, e.g. a hangup's end and callback, is
 * coalesced into one push), so the console's call panel rings within a second of the webhook.
 */
import type { MercuriusContext } from 'mercurius';
import type { AccessContext } from '@deskstream/access';
import { CALL_EVENT_TYPES } from '@deskstream/calls-domain';
import { CALLS_PROJECTION, type CallRecord, type CallsReadModel } from '@deskstream/calls-read-models';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { requireCallStaff } from './access';

export const CALLS_CHANGED = 'CALLS_CHANGED';
const CALL_EVENTS: ReadonlySet<string> = new Set(CALL_EVENT_TYPES);

/** Starts publishing; returns the function that stops. */
export function callsFeed(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: CallsReadModel,
  publish: (payload: { callsChanged: CallRecord }) => void,
): () => void {
  const touched = new Set<string>();
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    for (const callId of touched) {
      const call = readModel.call(callId);
      if (call) publish({ callsChanged: call });
    }
    touched.clear();
  };
  const stopListening = runner.onChange((change) => {
    if (change.projection !== CALLS_PROJECTION || !CALL_EVENTS.has(change.event.type)) return;
    touched.add((change.event.data as { callId: string }).callId);
    scheduled ??= setImmediate(flush);
  });
  return () => {
    stopListening();
    if (scheduled) clearImmediate(scheduled);
  };
}

export const callsSubscription = {
  callsChanged: {
    subscribe: async (_root: unknown, _args: unknown, context: MercuriusContext & AccessContext) => {
      requireCallStaff(context);
      return context.pubsub.subscribe(CALLS_CHANGED);
    },
    // Every member of staff sees the same call: executed and serialised once per push.
    extensions: { sharedPush: true },
  },
};
