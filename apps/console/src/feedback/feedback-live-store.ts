import { useGraphqlConnection } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import type { FeedbackChangedSubscription as Changed } from '../generated/graphql';
import { createSharedFollow, type Stop } from '../shared/following';
import { FeedbackChangedSubscription } from './feedback-operations';

export type FeedbackChange = Changed['feedbackChanged'];
type ChangeListener = (change: FeedbackChange | null) => void;

/**
 * Feedback's one live feed (`feedbackChanged`): an item or a topic changed. Pages listen and read
 * again what they show; after every reconnection they hear a change of everything (`null`), as a
 * push may have been missed while the socket was down.
 */
export const useFeedbackLiveStore = defineStore('feedback-live', () => {
  const connection = useGraphqlConnection();
  const listeners = new Set<ChangeListener>();
  const tell = (change: FeedbackChange | null) => {
    for (const listener of listeners) listener(change);
  };

  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(FeedbackChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) tell(result.data.feedbackChanged);
      }),
    );
    return [() => pushes.unsubscribe(), connection.onLiveConnected(() => tell(null))];
  });

  /** Follows the feed while `listener` hears it; the returned function stops both. */
  function listen(listener: ChangeListener): Stop {
    listeners.add(listener);
    const stop = follow();
    return () => {
      listeners.delete(listener);
      stop();
    };
  }

  return { listen };
});
