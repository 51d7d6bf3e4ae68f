import { outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { EmailChatTranscriptMutation } from './operations';
import { useVisitorChatStore } from './visitor-chat-store';

export interface TranscriptMail {
  state: 'idle' | 'sending' | 'sent' | 'failed';
  to: string | null;
  failure: Failure | null;
}

const IDLE: TranscriptMail = { state: 'idle', to: null, failure: null };

/** The chat's transcript mailed to the visitor, for the chat on screen (forgotten with it). */
export const useTranscriptMailStore = defineStore('transcript-mail', () => {
  const connection = useGraphqlConnection();
  const visitorChat = useVisitorChatStore();
  const mail = ref<TranscriptMail>(IDLE);

  watch(
    () => visitorChat.chatId,
    () => (mail.value = IDLE),
  );

  async function emailTranscript(email: string): Promise<void> {
    const current = visitorChat.credentials;
    if (!current) return;
    const to = email.trim();
    mail.value = { state: 'sending', to, failure: null };
    const outcome = await outcomeOf(
      connection.client.mutation(EmailChatTranscriptMutation, { ...current, email: to }).toPromise(),
    );
    if (visitorChat.chatId !== current.chatId) return;
    mail.value = outcome.ok
      ? { state: 'sent', to: outcome.data.emailChatTranscript.to, failure: null }
      : { state: 'failed', to, failure: { code: outcome.code, reason: outcome.reason } };
  }

  return { mail, emailTranscript };
});
