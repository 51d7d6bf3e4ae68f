import { outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { RateChatMutation } from './operations';
import { useVisitorChatStore } from './visitor-chat-store';

export const RATING_SCORES = [1, 2, 3, 4, 5] as const;
export const RATING_COMMENT_MAX_CHARACTERS = 1000;

/**
 * The visitor's rating of the chat on screen, once it has ended: a score of 1 to 5 and an
 * optional comment, given once. The rating given is the chat's own (`visitorChat.rating`), so the
 * thank-you shows again after a reload; sending the same rating again changes nothing at the api,
 * so a rating whose answer was lost is simply sent again.
 */
export const useChatRatingStore = defineStore('chat-rating', () => {
  const connection = useGraphqlConnection();
  const visitorChat = useVisitorChatStore();
  const score = ref<number | null>(null);
  const comment = ref('');
  const sending = ref(false);
  const failure = ref<Failure | null>(null);

  watch(
    () => visitorChat.chatId,
    () => {
      score.value = null;
      comment.value = '';
      failure.value = null;
    },
  );

  const rating = computed(() => visitorChat.chat?.rating ?? null);
  /** Offered once the chat has ended, when an agent answered it and it has no rating yet. */
  const offered = computed(() => visitorChat.chat?.status === 'CLOSED' && visitorChat.chat.canRate && !rating.value);

  async function rate(): Promise<void> {
    const current = visitorChat.credentials;
    if (!current || score.value === null || sending.value) return;
    sending.value = true;
    failure.value = null;
    const text = comment.value.trim();
    const input = { ...current, score: score.value, comment: text === '' ? null : text };
    const outcome = await outcomeOf(connection.client.mutation(RateChatMutation, { input }).toPromise());
    sending.value = false;
    if (visitorChat.chatId !== current.chatId) return;
    if (outcome.ok) {
      if (visitorChat.chat?.id === outcome.data.rateChat.id) visitorChat.chat = outcome.data.rateChat;
    } else {
      failure.value = { code: outcome.code, reason: outcome.reason };
      // Rated meanwhile (in another tab): show what the chat holds now.
      if (outcome.reason === 'CHAT_ALREADY_RATED') void visitorChat.reload();
    }
  }

  return { score, comment, sending, failure, rating, offered, rate };
});
