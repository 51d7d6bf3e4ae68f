/**
 * The live feed: after the runner applied feedback events, each changed item and topic is pushed
 * once on `feedbackChanged` (a burst on one item, e.g. an ungroup and a group, coalesced).
 */
import type { MercuriusContext } from 'mercurius';
import { requireStaff, type AccessContext } from '@deskstream/access';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { FEEDBACK_TRIAGE_PROJECTION } from '@deskstream/feedback-read-models';
import { ROLES } from './access';

export const FEEDBACK_CHANGED = 'FEEDBACK_CHANGED';

type Change = { itemId: string | null; topicId: string | null };

/** Starts publishing; returns the function that stops. */
export function feedbackFeed(
  runner: Pick<ProjectionRunner, 'onChange'>,
  publish: (payload: { feedbackChanged: Change }) => void,
): () => void {
  const touched = new Map<string, Change>();
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    for (const change of touched.values()) publish({ feedbackChanged: change });
    touched.clear();
  };
  const stopListening = runner.onChange((change) => {
    if (change.projection !== FEEDBACK_TRIAGE_PROJECTION) return;
    const data = change.event.data as { itemId?: string; topicId?: string };
    if (!data.itemId && !data.topicId) return;
    const itemId = data.itemId ?? null;
    const topicId = data.topicId ?? null;
    touched.set(itemId ? `i:${itemId}` : `t:${topicId}`, { itemId, topicId });
    scheduled ??= setImmediate(flush);
  });
  return () => {
    stopListening();
    if (scheduled) clearImmediate(scheduled);
  };
}

export const feedbackSubscription = {
  feedbackChanged: {
    subscribe: async (_root: unknown, _args: unknown, context: MercuriusContext & AccessContext) => {
      requireStaff(context, ROLES.read);
      return context.pubsub.subscribe(FEEDBACK_CHANGED);
    },
    extensions: { sharedPush: true },
  },
};
