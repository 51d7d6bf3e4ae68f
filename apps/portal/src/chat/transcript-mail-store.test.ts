import { describe, expect, it } from 'vitest';
import { callsOf, inChat, saved } from '../testing/visitor-chat-setup';

describe('useTranscriptMailStore', () => {
  it('mails the transcript to the address given', async () => {
    const { mail, fake, storageArea } = await inChat({
      EmailChatTranscript: ({ email }) => ({ data: { emailChatTranscript: { mailId: 'mail-1', to: email } } }),
    });
    await mail.emailTranscript(' reza@example.ir ');
    expect(callsOf(fake, 'EmailChatTranscript')[0]!.variables).toEqual({
      chatId: 'chat-1',
      visitorToken: saved(storageArea).visitorToken,
      email: 'reza@example.ir',
    });
    expect(mail.mail).toEqual({ state: 'sent', to: 'reza@example.ir', failure: null });
  });

  it('forgets a mailed transcript when the visitor starts another chat', async () => {
    const { store, mail } = await inChat({
      EmailChatTranscript: ({ email }) => ({ data: { emailChatTranscript: { mailId: 'mail-1', to: email } } }),
    });
    await mail.emailTranscript('reza@example.ir');
    store.startNewChat();
    await Promise.resolve();
    expect(mail.mail).toEqual({ state: 'idle', to: null, failure: null });
  });
});
