/**
 * The poller against a fake mailbox (no IMAP server runs in the tests): each unseen message goes
 * through the pipeline once and is marked seen; one the desk could not take stays unseen for the
 * next poll; the session is closed after every poll.
 */
import { describe, expect, it, vi } from 'vitest';
import { ImapPoller, type PolledMailbox } from './imap-poller';
import type { InboundResult } from './inbound-ports';

function fakeMailbox(sources: string[]) {
  const seen = new Set<number>();
  const mailbox: PolledMailbox & { seen: Set<number>; closed: number } = {
    seen,
    closed: 0,
    unseen: async (limit) =>
      sources
        .map((source, index) => ({ uid: index + 1, source: Buffer.from(source) }))
        .filter((message) => !seen.has(message.uid))
        .slice(0, limit),
    markSeen: async (uid) => void seen.add(uid),
    close: async () => void mailbox.closed++,
  };
  return mailbox;
}

describe('the IMAP poller', () => {
  it('hands every unseen message to the pipeline and marks it seen', async () => {
    const mailbox = fakeMailbox(['first', 'second']);
    const received: string[] = [];
    const poller = new ImapPoller(mailbox, {
      receive: async (raw, envelope, source) => {
        received.push(`${raw.toString()} ${source} ${envelope.from}`);
        return { kind: 'ACCEPTED', outcome: 'OPENED', ticketId: 't', detail: '' } satisfies InboundResult;
      },
    });
    expect(await poller.pollOnce()).toBe(2);
    expect(received).toEqual(['first imap null', 'second imap null']);
    expect([...mailbox.seen]).toEqual([1, 2]);
    expect(await poller.pollOnce()).toBe(0);
    expect(mailbox.closed).toBe(2);
  });

  it('leaves a message the desk could not take unseen, and takes it at the next poll', async () => {
    const mailbox = fakeMailbox(['flaky', 'fine']);
    let failOnce = true;
    const onError = vi.fn();
    const poller = new ImapPoller(
      mailbox,
      {
        receive: async (raw) => {
          if (raw.toString() === 'flaky' && failOnce) {
            failOnce = false;
            throw new Error('store unavailable');
          }
          return { kind: 'DUPLICATE' };
        },
      },
      { onError },
    );
    expect(await poller.pollOnce()).toBe(1);
    expect([...mailbox.seen]).toEqual([2]);
    expect(onError).toHaveBeenCalledOnce();
    expect(await poller.pollOnce()).toBe(1);
    expect([...mailbox.seen].sort()).toEqual([1, 2]);
  });

  it('marks a refused message seen (its sender is told by mail) and polls on a timer until stopped', async () => {
    const mailbox = fakeMailbox(['too big']);
    const receive = vi.fn(async (): Promise<InboundResult> => ({ kind: 'REFUSED', smtpCode: 552, message: 'too big' }));
    const poller = new ImapPoller(mailbox, { receive }, { intervalMs: 5 });
    poller.start();
    await vi.waitFor(() => expect(mailbox.closed).toBeGreaterThanOrEqual(2));
    await poller.stop();
    expect(receive).toHaveBeenCalledOnce();
    expect(mailbox.seen.has(1)).toBe(true);
  });
});
