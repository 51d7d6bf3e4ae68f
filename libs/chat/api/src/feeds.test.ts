import { describe, expect, it } from 'vitest';
import type { ReadModelChangeListener, RecordedEvent } from '@deskstream/event-sourcing';
import type { ChatEvent } from '@deskstream/chat-domain';
import { chatFeeds, type ChatActivity, type PendingQueue } from './feeds';
import { CHAT_PROJECTION, createReferenceDeskReadModels } from '@deskstream/chat-read-models';

function setup() {
  const { chats } = createReferenceDeskReadModels();
  let listener: ReadModelChangeListener | undefined;
  const runner = { onChange: (l: ReadModelChangeListener) => ((listener = l), () => (listener = undefined)) };
  const queues: PendingQueue[] = [];
  const activity: ChatActivity[] = [];
  const stop = chatFeeds(runner, chats, {
    queue: (_id, queue) => queues.push(queue),
    activity: (_id, each) => activity.push(each),
  });
  const apply = (event: ChatEvent) => {
    if (chats.apply(event)) listener?.({ projection: CHAT_PROJECTION, event: event as RecordedEvent });
  };
  return { queues, activity, apply, stop };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const requested = (chatId: string, departmentId = 'law'): ChatEvent => ({
  type: 'ChatRequested',
  data: {
    chatId,
    departmentId,
    visitor: { name: 'Reza', email: null },
    firstQuestion: `question ${chatId}`,
    visitorTokenHash: 'h',
    requestedAt: '2025-03-01T08:00:00.000Z',
  },
});

describe('chatFeeds', () => {
  it('pushes one queue per department per burst, and every new entry with its chat', async () => {
    const { queues, activity, apply } = setup();
    apply(requested('c1'));
    apply(requested('c2'));
    await tick();
    expect(queues.map((queue) => [queue.departmentId, queue.chats.map((chat) => chat.id)])).toEqual([
      ['law', ['c1', 'c2']],
    ]);
    expect(activity.map((each) => [each.chat.id, each.entry.text])).toEqual([
      ['c1', 'question c1'],
      ['c2', 'question c2'],
    ]);

    apply({
      type: 'MessagePosted',
      data: {
        chatId: 'c1',
        messageId: 'm1',
        author: { kind: 'visitor' },
        text: 'more',
        postedAt: '2025-03-01T08:01:00.000Z',
      },
    });
    await tick();
    expect(queues).toHaveLength(1);
    expect(activity.at(-1)!.entry).toMatchObject({ id: 'm1', text: 'more' });
  });

  it('pushes both queues when a chat moves from one department to another', async () => {
    const { queues, apply } = setup();
    apply(requested('c1', 'humanities'));
    await tick();
    queues.length = 0;
    apply({
      type: 'ChatTransferred',
      data: {
        chatId: 'c1',
        by: { id: 's1', name: 'Sara' },
        to: { kind: 'department', departmentId: 'law' },
        note: '',
        transferredAt: '2025-03-01T08:02:00.000Z',
      },
    });
    await tick();
    expect(queues.map((queue) => [queue.departmentId, queue.chats.length]).sort()).toEqual([
      ['humanities', 0],
      ['law', 1],
    ]);
  });

  it('stops', async () => {
    const { queues, apply, stop } = setup();
    stop();
    apply(requested('c1'));
    await tick();
    expect(queues).toEqual([]);
  });
});
