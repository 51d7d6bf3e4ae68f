import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { usePublicTicketStore } from './public-ticket-store';
import { publicEntry, publicTicket, ticketHarness } from './testing/ticket-fixtures';

const TOKEN = 'k3Jx2sQ8fT1uV9wY0zA4bC6dE7gH5iJ2lM3nO8pR1sT';
const callsOf = (fake: { calls: { name: string; variables: Record<string, unknown> }[] }, name: string) =>
  fake.calls.filter((call) => call.name === name);

function linkStore(resolvers: Parameters<typeof ticketHarness>[0]) {
  const harness = ticketHarness(resolvers);
  return { ...harness, store: usePublicTicketStore(harness.pinia) };
}

describe('usePublicTicketStore: a ticket behind its secret link', () => {
  it('asks nothing for what is not a token, and says "not found" for a token the desk does not know', async () => {
    const { store, fake } = linkStore({ PublicTicket: () => ({ data: { publicTicket: null } }) });
    await store.load('not a token');
    expect(store.state).toBe('not-found');
    expect(fake.calls).toHaveLength(0);
    await store.load(TOKEN);
    expect(store.state).toBe('not-found');
    expect(callsOf(fake, 'PublicTicket')[0]!.variables).toEqual({ token: TOKEN });
  });

  it('follows it live: a push shows the reply, an older view never takes it back, a reconnection reads it again', async () => {
    const first = publicTicket();
    let reads = 0;
    const { store, fake } = linkStore({ PublicTicket: () => ({ data: { publicTicket: reads++ ? latest : first } }) });
    await store.load(TOKEN);
    expect(store.state).toBe('ready');
    const stop = store.follow();
    await vi.waitFor(() => expect(fake.openSubscriptions('PublicTicketChanged')).toBe(1));

    const reply = publicEntry({ kind: 'REPLY', author: 'Nima', text: 'Run the installer as administrator.' });
    const latest = publicTicket({
      status: 'WAITING_FOR_CUSTOMER',
      updatedAt: '2026-12-07T09:05:00.000Z',
      entries: [...first.entries, reply],
    });
    fake.push('PublicTicketChanged', { publicTicketChanged: latest });
    await flushPromises();
    expect(store.ticket?.entries.map((entry) => entry.kind)).toEqual(['MESSAGE', 'REPLY']);
    fake.push('PublicTicketChanged', { publicTicketChanged: first });
    await flushPromises();
    expect(store.ticket?.status).toBe('WAITING_FOR_CUSTOMER');

    fake.liveConnected();
    await flushPromises();
    expect(callsOf(fake, 'PublicTicket')).toHaveLength(2);
    stop();
    expect(fake.openSubscriptions('PublicTicketChanged')).toBe(0);
  });

  it('replies once: a retry after a lost answer keeps the command id; the box empties once taken', async () => {
    let calls = 0;
    const answered = publicTicket({
      status: 'OPEN',
      updatedAt: '2026-12-07T10:00:00.000Z',
      entries: [publicEntry({ id: 'first' }), publicEntry({ text: 'It worked, thanks.' })],
    });
    const { store, fake } = linkStore({
      PublicTicket: () => ({ data: { publicTicket: publicTicket({ status: 'SOLVED' }) } }),
      ReplyToPublicTicket: () => (calls++ === 0 ? { networkError: true } : { data: { replyToPublicTicket: answered } }),
    });
    await store.load(TOKEN);
    expect(store.solved).toBe(true);
    await store.reply();
    expect(store.replyError?.reason).toBe('EMPTY');
    store.replyText = ' It worked, thanks. ';
    await store.reply();
    expect(store.replyError?.code).toBe('NETWORK_ERROR');
    await store.reply();
    const [first, second] = callsOf(fake, 'ReplyToPublicTicket').map((call) => call.variables);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ token: TOKEN, text: 'It worked, thanks.', attachments: [] });
    expect(store.ticket?.status).toBe('OPEN');
    expect(store.replyText).toBe('');
    expect(store.sent).toBe(true);
  });

  it('a closed ticket refuses with its reason and the page reads it again (no reply box then)', async () => {
    let reads = 0;
    const { store } = linkStore({
      PublicTicket: () => ({
        data: { publicTicket: reads++ ? publicTicket({ status: 'CLOSED', canReply: false }) : publicTicket() },
      }),
      ReplyToPublicTicket: () => ({
        errors: [{ message: 'closed', code: 'CONFLICT', reason: 'TICKET_CLOSED' }],
      }),
    });
    await store.load(TOKEN);
    store.replyText = 'Any news?';
    await store.reply();
    await flushPromises();
    expect(store.replyError).toEqual({ code: 'CONFLICT', reason: 'TICKET_CLOSED' });
    expect(store.canReply).toBe(false);
    expect(store.replyText).toBe('Any news?');
  });
});
