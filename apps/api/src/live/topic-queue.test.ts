import { describe, expect, it } from 'vitest';
import { SubscriptionTopics, TopicQueue, type TopicPubSub } from './topic-queue';

/** A pubsub as Mercurius's: listeners per topic, the stop functions put on the queue. */
function fakePubSub() {
  const listeners = new Map<string, Set<{ push(value: unknown): void }>>();
  const pubsub: TopicPubSub = {
    async subscribe(topic, queue) {
      const set = listeners.get(topic) ?? new Set();
      listeners.set(topic, set);
      set.add(queue);
      queue.close ??= [];
      queue.close.push(() => set.delete(queue));
    },
    publish({ topic, payload }, callback) {
      for (const queue of listeners.get(topic) ?? []) queue.push(payload);
      callback?.();
    },
  };
  const listening = (topic: string) => listeners.get(topic)?.size ?? 0;
  return { pubsub, listening };
}

describe('TopicQueue', () => {
  it('yields payloads in the order they were pushed, whether it was waiting or not', async () => {
    const queue = new TopicQueue();
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(queue.length).toBe(2);
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: 3, done: false });
    expect(queue.length).toBe(0);
  });

  it('ends: the waiting reader is told, what is queued is dropped, and it stops listening', async () => {
    const queue = new TopicQueue();
    let stopped = 0;
    queue.close.push(() => stopped++);
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    queue.push('late');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    queue.end();
    expect(stopped).toBe(1);
  });
});

describe('SubscriptionTopics', () => {
  it('listens to every topic on one queue and stops listening when the subscription ends', async () => {
    const { pubsub, listening } = fakePubSub();
    const topics = new SubscriptionTopics(pubsub);
    const queue = await topics.subscribe(['a', 'b']);
    await topics.publish({ topic: 'a', payload: 'from a' });
    await topics.publish({ topic: 'b', payload: 'from b' });
    await topics.publish({ topic: 'c', payload: 'elsewhere' });
    expect(await queue.next()).toEqual({ value: 'from a', done: false });
    expect(await queue.next()).toEqual({ value: 'from b', done: false });
    expect(listening('a') + listening('b')).toBe(2);
    topics.endAll();
    expect(listening('a') + listening('b')).toBe(0);
  });

  it('stops listening at once when the subscription ended while its resolver was subscribing', async () => {
    const { pubsub, listening } = fakePubSub();
    const topics = new SubscriptionTopics(pubsub);
    topics.endAll();
    const queue = await topics.subscribe('a');
    expect(listening('a')).toBe(0);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});
