import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred } from '../testing/deferred';
import type { Outcome } from '../graphql/errors';
import { useOutgoingMessages, type UnsentMessage } from './outgoing-messages';

interface Entry {
  id: string;
  text: string;
  clientMessageId: string | null;
}

afterEach(() => vi.useRealTimers());

function setup(
  answer: (message: UnsentMessage, attempt: number) => Outcome<Entry> | Promise<Outcome<Entry>>,
  retryDelaysMs: number[] = [],
) {
  const posts: UnsentMessage[] = [];
  const sent: Entry[] = [];
  const failed: string[] = [];
  const kept: UnsentMessage[][] = [];
  let ids = 0;
  const outgoing = useOutgoingMessages<Entry>({
    post: (message) => {
      posts.push(message);
      return Promise.resolve(
        answer(message, posts.filter((each) => each.clientMessageId === message.clientMessageId).length),
      );
    },
    onSent: (entry) => sent.push(entry),
    onFailed: (message, failure) => failed.push(`${message.text}:${failure.code}`),
    onUnsentChange: (unsent) => kept.push(unsent),
    retryDelaysMs,
    newId: () => `m-${++ids}`,
    now: () => '2026-03-21T08:00:00.000Z',
  });
  return { outgoing, posts, sent, failed, kept };
}

const entryFor = (message: UnsentMessage): Outcome<Entry> => ({
  ok: true,
  data: { id: `entry-${message.clientMessageId}`, text: message.text, clientMessageId: message.clientMessageId },
});
const offline: Outcome<Entry> = { ok: false, code: 'NETWORK_ERROR', reason: null };

describe('useOutgoingMessages', () => {
  it('shows a message as sending with a fresh client id until the api answers with its entry', async () => {
    const answer = deferred<Outcome<Entry>>();
    const { outgoing, posts, sent, kept } = setup(() => answer.promise);
    outgoing.send('Hello');
    expect(outgoing.messages.value).toMatchObject([
      { clientMessageId: 'm-1', text: 'Hello', state: 'sending', failure: null },
    ]);
    expect(kept.at(-1)).toEqual([{ clientMessageId: 'm-1', text: 'Hello', at: '2026-03-21T08:00:00.000Z' }]);
    answer.resolve(entryFor(posts[0]!));
    await vi.waitFor(() => expect(outgoing.messages.value).toEqual([]));
    expect(sent.map((entry) => entry.id)).toEqual(['entry-m-1']);
    expect(kept.at(-1)).toEqual([]);
  });

  it('marks a message that could not go out as failed, and sends it again with the same id', async () => {
    let reachable = false;
    const { outgoing, posts, failed } = setup((message) => (reachable ? entryFor(message) : offline));
    outgoing.send('Hello');
    await vi.waitFor(() => expect(outgoing.messages.value[0]?.state).toBe('failed'));
    expect(outgoing.messages.value[0]!.failure).toEqual({ code: 'NETWORK_ERROR', reason: null });
    expect(failed).toEqual(['Hello:NETWORK_ERROR']);
    reachable = true;
    await outgoing.retry('m-1');
    expect(outgoing.messages.value).toEqual([]);
    expect(posts.map((post) => post.clientMessageId)).toEqual(['m-1', 'm-1']);
  });

  it('resends by itself after a network error when given waits, and gives up after the last', async () => {
    vi.useFakeTimers();
    const { outgoing, posts } = setup((message, attempt) => (attempt < 3 ? offline : entryFor(message)), [500, 1_000]);
    outgoing.send('Hello');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(posts).toHaveLength(3);
    expect(outgoing.messages.value).toEqual([]);

    const never = setup(() => offline, [500]);
    never.outgoing.send('Lost');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(never.posts).toHaveLength(2);
    expect(never.outgoing.messages.value[0]!.state).toBe('failed');
  });

  it('does not resend a refused message by itself, only those that met a network error', async () => {
    const { outgoing, posts } = setup((message) =>
      message.text === 'closed' ? { ok: false, code: 'CONFLICT', reason: 'CHAT_CLOSED' } : offline,
    );
    outgoing.send('closed');
    outgoing.send('lost');
    await vi.waitFor(() =>
      expect(outgoing.messages.value.map((message) => message.state)).toEqual(['failed', 'failed']),
    );
    outgoing.resendTransient();
    await vi.waitFor(() => expect(posts).toHaveLength(3));
    expect(posts.at(-1)!.text).toBe('lost');
  });

  it('takes the echo from the transcript by client message id, whatever the text, before the answer', async () => {
    const answer = deferred<Outcome<Entry>>();
    const { outgoing, sent } = setup(() => answer.promise);
    outgoing.send('same text');
    outgoing.send('same text');
    expect(outgoing.acknowledge({ id: 'other', clientMessageId: null })).toBe(false);
    expect(outgoing.acknowledge({ id: 'entry-m-2', clientMessageId: 'm-2' })).toBe(true);
    expect(outgoing.messages.value.map((message) => message.clientMessageId)).toEqual(['m-1']);
    answer.resolve({ ok: true, data: { id: 'entry-m-2', text: 'same text', clientMessageId: 'm-2' } });
    await vi.waitFor(() => expect(outgoing.messages.value).toEqual([]));
    // The answer for the echoed message finds it gone: only the first one's entry is reported.
    expect(sent).toHaveLength(1);
  });

  it('posts again what was kept across a reload, each with its own id, and forgets everything on clear', async () => {
    const answer = deferred<Outcome<Entry>>();
    const { outgoing, posts } = setup(() => answer.promise);
    outgoing.restore([{ clientMessageId: 'kept-1', text: 'Still there?', at: '2026-03-21T07:59:00.000Z' }]);
    expect(posts.map((post) => post.clientMessageId)).toEqual(['kept-1']);
    expect(outgoing.messages.value[0]!.state).toBe('sending');
    outgoing.clear();
    answer.resolve(entryFor(posts[0]!));
    await Promise.resolve();
    expect(outgoing.messages.value).toEqual([]);
  });
});
