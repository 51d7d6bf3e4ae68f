/** A mail loop: one sender over the per-sender limit is kept without more tickets, and never answered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMailStream } from '@deskstream/tickets-domain';
import { inboundMailKey } from './inbound-mail';
import { startMailDesk, type MailDesk } from './test-support/mail-on-emulator';

let desk: MailDesk;
beforeAll(async () => {
  desk = await startMailDesk({ senderLimit: 3 });
});
afterAll(() => desk?.stop());

async function outcomeOf(messageId: string) {
  const events = [];
  for await (const resolved of desk.client.readStream(inboundMailStream(inboundMailKey(messageId, '')))) {
    events.push(resolved.event!);
  }
  return (events.at(-1)?.data ?? {}) as Record<string, unknown>;
}

describe('a sender writing in a loop', () => {
  it('gets tickets up to the limit; the rest are kept as SENDER_LIMITED, other senders unaffected', async () => {
    for (let i = 1; i <= 5; i++) {
      const answer = await desk.send({
        from: 'robot@loop.example',
        to: 'help@fair.localhost',
        subject: `Ticket received ${i}`,
        text: 'Thank you for your message.',
        messageId: `<loop-${i}@loop.example>`,
      });
      expect(answer.response).toMatch(/^250 /);
    }
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((i) => outcomeOf(`loop-${i}@loop.example`)));
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual([
      'OPENED',
      'OPENED',
      'OPENED',
      'SENDER_LIMITED',
      'SENDER_LIMITED',
    ]);
    expect(desk.readModel.ticketForMessageId('loop-4@loop.example')).toBeUndefined();

    await desk.send({
      from: 'person@example.org',
      to: 'help@fair.localhost',
      subject: 'A real question',
      text: 'Hello',
      messageId: '<person-1@example.org>',
    });
    expect(desk.readModel.ticketForMessageId('person-1@example.org')).toBeDefined();
  });
});
