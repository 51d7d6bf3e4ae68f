import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { describe, expect, it } from 'vitest';
import type { ChatSummaryFieldsFragment as ChatSummary } from '../generated/graphql';
import { useChatQueueStore } from './chat-queue-store';
import { LAW, LETTERS, chatSummary, signedInDesk } from './testing/desk-fixtures';

const reza = chatSummary({ id: 'c1', waitingSince: '2026-03-21T08:00:00.000Z' });
const leila = chatSummary({
  id: 'c2',
  visitor: { name: 'Leila', email: null },
  waitingSince: '2026-03-21T08:05:00.000Z',
});
const minh = chatSummary({
  id: 'c3',
  departmentId: LAW.id,
  visitor: { name: 'Minh', email: null },
  waitingSince: '2026-03-21T08:02:00.000Z',
});
const queuePush = (departmentId: string, chats: ChatSummary[]) => ({ chatQueueChanged: { departmentId, chats } });

describe('useChatQueueStore', () => {
  it('loads the pending chats of every department, longest waiting first, then follows each department’s pushes', async () => {
    const { pinia, fake } = await signedInDesk({
      PendingChats: () => ({ data: { pendingChats: [leila, reza, minh] } }),
    });
    const queue = useChatQueueStore(pinia);
    const stop = queue.follow();
    await expect.poll(() => queue.queueState).toBe('ready');
    expect(queue.pending.map((chat) => chat.id)).toEqual(['c1', 'c3', 'c2']);
    expect(fake.openSubscriptions('ChatQueueChanged')).toBe(1);

    fake.push('ChatQueueChanged', queuePush(LETTERS.id, [leila]));
    expect(queue.pending.map((chat) => chat.id)).toEqual(['c3', 'c2']);
    fake.push('ChatQueueChanged', queuePush(LAW.id, []));
    expect(queue.pending.map((chat) => chat.id)).toEqual(['c2']);
    stop();
    expect(fake.openSubscriptions('ChatQueueChanged')).toBe(0);
  });

  it('tells listeners about chats that arrive after the first load, and counts what the agent has not seen', async () => {
    const { pinia, fake } = await signedInDesk({ PendingChats: () => ({ data: { pendingChats: [reza] } }) });
    const queue = useChatQueueStore(pinia);
    const arrivals: string[][] = [];
    queue.onArrival((chats) => arrivals.push(chats.map((chat) => chat.id)));
    const stop = queue.follow();
    await expect.poll(() => queue.queueState).toBe('ready');
    expect(arrivals).toEqual([]);
    expect(queue.unseen.map((chat) => chat.id)).toEqual(['c1']);

    queue.markSeen();
    expect(queue.unseen).toEqual([]);
    fake.push('ChatQueueChanged', queuePush(LETTERS.id, [reza, leila]));
    expect(arrivals).toEqual([['c2']]);
    expect(queue.unseen.map((chat) => chat.id)).toEqual(['c2']);
    fake.push('ChatQueueChanged', queuePush(LETTERS.id, [leila]));
    expect(arrivals).toHaveLength(1);
    stop();
  });

  it('keeps a department pushed while a load was on its way, and takes the load for the others', async () => {
    const answer = deferred<FakeAnswer>();
    const { pinia, fake } = await signedInDesk({ PendingChats: () => answer.promise });
    const queue = useChatQueueStore(pinia);
    const stop = queue.follow();
    fake.push('ChatQueueChanged', queuePush(LETTERS.id, [leila]));
    answer.resolve({ data: { pendingChats: [reza, minh] } });
    await expect.poll(() => queue.pending.map((chat) => chat.id)).toEqual(['c3', 'c2']);
    stop();
  });

  it('catches up after the live socket reconnects', async () => {
    let served = 0;
    const { pinia, fake } = await signedInDesk({
      PendingChats: () => ({ data: { pendingChats: served++ === 0 ? [reza] : [reza, minh] } }),
    });
    const queue = useChatQueueStore(pinia);
    const stop = queue.follow();
    await expect.poll(() => queue.pending.length).toBe(1);
    fake.liveConnected();
    await expect.poll(() => queue.pending.length).toBe(2);
    stop();
  });

  it('shows why the queue could not be loaded', async () => {
    const { pinia } = await signedInDesk({ PendingChats: () => ({ errors: [{ message: 'no', code: 'FORBIDDEN' }] }) });
    const queue = useChatQueueStore(pinia);
    const stop = queue.follow();
    await expect.poll(() => queue.queueState).toBe('error');
    expect(queue.queueError).toBe('FORBIDDEN');
    stop();
  });
});
