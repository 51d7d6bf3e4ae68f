import { describe, expect, it } from 'vitest';
import { linkTokenHash } from './link-token';
import { PublicTicketGate } from './public-gate';
import { publicTicketFeed, publicTicketSubscription, publicTicketTopic, type PublicTicketPush } from './public-feed';
import { submitTicket } from './public-commands';
import { ticketForToken } from './public-view';
import { publicDeps, staff } from './test-support/in-memory-tickets';

const TOKEN_A = 'A'.repeat(43);

const nothingYet = (): AsyncIterable<never> => ({
  [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined as never }) }),
});
const TOKEN_B = 'B'.repeat(43);

async function twoTickets(secondEmail: string) {
  const { tickets, deps } = publicDeps();
  const form = (token: string, email: string, commandId: string) =>
    submitTicket(
      deps,
      {
        departmentId: 'support',
        requesterType: 'customer',
        subject: `Question ${commandId}`,
        text: 'Where is my order?',
        requester: { name: 'Sara', email, phone: null, language: 'en', contactMethod: 'EMAIL' },
        linkToken: token,
      },
      commandId,
    );
  await form(TOKEN_A, 'sara@example.ir', 'a');
  await form(TOKEN_B, secondEmail, 'b');
  const [a, b] = [tickets.readModel.byNumber(1)!, tickets.readModel.byNumber(2)!];
  return { tickets, deps, a, b };
}

describe('the requester’s live page', () => {
  it('tells a ticket’s public topic of what the requester can see, never of a note', async () => {
    const { tickets, a } = await twoTickets('sara@example.ir');
    const told: [string, PublicTicketPush][] = [];
    const stop = publicTicketFeed(tickets.runner, (topic, payload) => told.push([topic, payload]));
    const settled = () => new Promise((resolve) => setImmediate(resolve));
    await tickets.run(a.id, { type: 'ChangeTags', data: { add: ['vip'], remove: [] } }, 'tags', staff);
    await tickets.run(a.id, { type: 'AddNote', data: { noteId: 'n', text: 'hm', mentions: [] } }, 'note', staff);
    await settled();
    // The note is not told; the change of state it brought (NEW to OPEN) is, once.
    expect(told).toEqual([[publicTicketTopic(a.id), { ticketId: a.id }]]);
    const afterNote = told.length;
    await tickets.run(
      a.id,
      {
        type: 'Reply',
        data: { messageId: 'r', text: 'Shipped.', attachments: [], mailId: null, to: null, mail: null, status: null },
      },
      'reply',
      staff,
    );
    await settled();
    expect(told).toHaveLength(afterNote + 1);
    stop();
  });

  it('pushes the view each token shows, and stops once the token no longer leads to the ticket', async () => {
    const { tickets, a } = await twoTickets('other@example.org');
    const subscription = publicTicketSubscription(tickets.readModel, new PublicTicketGate());
    const topics: unknown[] = [];
    const context = { pubsub: { subscribe: (names: unknown) => (topics.push(names), nothingYet()) } };
    await subscription.subscribe({}, { token: TOKEN_A }, context as never);
    expect(topics).toEqual([[publicTicketTopic(a.id)]]);
    expect(subscription.extensions.stillAllowed(context, { ticketId: a.id })).toBe(true);
    expect(subscription.resolve({ ticketId: a.id }, { token: TOKEN_A }, context as never)).toMatchObject({ number: 1 });
    // Another ticket's push is not for this subscriber.
    const other = tickets.readModel.byNumber(2)!;
    expect(subscription.extensions.stillAllowed(context, { ticketId: other.id })).toBe(false);
    await expect(subscription.subscribe({}, { token: 'C'.repeat(43) }, {} as never)).rejects.toThrow(
      'There is no such ticket.',
    );
  });

  it('follows a merge into the same requester’s ticket, never into someone else’s', async () => {
    const same = await twoTickets('SARA@example.ir');
    await same.tickets.run(
      same.a.id,
      { type: 'MergeInto', data: { survivorId: same.b.id, survivorNumber: 2 } },
      'm',
      staff,
    );
    await same.tickets.run(same.b.id, { type: 'Absorb', data: { mergedId: same.a.id, mergedNumber: 1 } }, 'ab', staff);
    expect(ticketForToken(same.tickets.readModel, TOKEN_A)?.shown.number).toBe(2);

    const other = await twoTickets('someone@else.example');
    await other.tickets.run(
      other.a.id,
      { type: 'MergeInto', data: { survivorId: other.b.id, survivorNumber: 2 } },
      'm',
      staff,
    );
    const found = ticketForToken(other.tickets.readModel, TOKEN_A);
    expect(found?.shown.number).toBe(1);
    expect(other.tickets.readModel.byAccessTokenHash(linkTokenHash(TOKEN_B))?.number).toBe(2);
  });
});
