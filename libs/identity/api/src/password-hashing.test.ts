import { describe, expect, it } from 'vitest';
import { PasswordHashingQueue } from './password-hashing';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

describe('PasswordHashingQueue', () => {
  it('runs at most `concurrent` hashes at once, the rest in turn', async () => {
    const queue = new PasswordHashingQueue({ concurrent: 2, queued: 10 });
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 6 }, later);
    const results = gates.map((gate, i) =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await gate.done;
        running--;
        return i;
      }),
    );
    expect(queue.load).toEqual({ running: 2, waiting: 4 });
    for (const gate of gates) {
      gate.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, and takes work again once it drains', async () => {
    const queue = new PasswordHashingQueue({ concurrent: 1, queued: 1 });
    const gate = later();
    const first = queue.run(() => gate.done);
    const second = queue.run(async () => 'second');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(queue.run(async () => 'third')).toBeUndefined();
    gate.release();
    await first;
    expect(await second).toBe('second');
    expect(await queue.run(async () => 'fourth')).toBe('fourth');
  });

  it('frees the turn of work that fails', async () => {
    const queue = new PasswordHashingQueue({ concurrent: 1, queued: 0 });
    await expect(queue.run(() => Promise.reject(new Error('malformed hash')))).rejects.toThrow('malformed hash');
    expect(await queue.run(async () => 'next')).toBe('next');
  });
});
