import { expect, vi } from 'vitest';
import { CHAT_STORAGE_KEY } from '../chat/chat-storage';
import { useChatFormStore } from '../chat/chat-form-store';
import { useOfflineQuestionStore } from '../chat/offline-question-store';
import type { VisitorChatWithTranscript } from '../chat/operations';
import { useTranscriptMailStore } from '../chat/transcript-mail-store';
import { useVisitorChatStore } from '../chat/visitor-chat-store';
import { createPortalHarness, memoryStorage, visitorChat } from './portal-harness';

/** The visitor's chat stores over a fake api, outside any component. */
export function visitorStores(resolvers: Parameters<typeof createPortalHarness>[0] = {}, storage = memoryStorage()) {
  const harness = createPortalHarness(resolvers, { storage });
  return {
    ...harness,
    store: useVisitorChatStore(harness.pinia),
    form: useChatFormStore(harness.pinia),
    offline: useOfflineQuestionStore(harness.pinia),
    mail: useTranscriptMailStore(harness.pinia),
  };
}

/** What the browser keeps of the chat. */
export const saved = (storage: ReturnType<typeof memoryStorage>) =>
  JSON.parse(storage.items.get(CHAT_STORAGE_KEY) ?? 'null');
export const callsOf = (fake: { calls: { name: string; variables: Record<string, unknown> }[] }, name: string) =>
  fake.calls.filter((call) => call.name === name);
export const withoutTranscript = ({ transcript: _transcript, ...chat }: VisitorChatWithTranscript) => chat;

/** A visitor who has started a chat in Law and follows it live. */
export async function inChat(resolvers: Parameters<typeof createPortalHarness>[0] = {}, chat = visitorChat()) {
  const harness = visitorStores({
    RequestChat: () => ({ data: { requestChat: chat } }),
    VisitorChat: () => ({ data: { visitorChat: chat } }),
    ...resolvers,
  });
  await harness.store.open('law');
  Object.assign(harness.form.draft, { name: 'Reza Karimi', email: '', question: chat.transcript[0]!.text });
  await harness.store.startChat();
  const stop = harness.store.follow();
  await vi.waitFor(() => expect(harness.fake.openSubscriptions('VisitorChatActivity')).toBe(1));
  return { ...harness, stop };
}
