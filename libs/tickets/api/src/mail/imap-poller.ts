/**
 * The IMAP poller (`IMAP_URL`, e.g. `imaps://user:password@mail.example.org/INBOX`): every
 * interval it fetches the mailbox's unseen messages and hands each to the same pipeline as the
 * SMTP listener, marking it seen once the pipeline has taken it (received, a duplicate, or
 * refused — a refusal is mailed to its sender). A message the desk could not take stays unseen
 * and is tried again at the next poll.
 */
import { ImapFlow } from 'imapflow';
import type { MailReceiver } from './smtp-listener';

export interface PolledMailbox {
  /** The unseen messages, oldest first, with their raw source. */
  unseen(limit: number): Promise<{ uid: number; source: Buffer }[]>;
  markSeen(uid: number): Promise<void>;
  /** Ends the current session, if any. */
  close(): Promise<void>;
}

export interface ImapPollerOptions {
  intervalMs?: number;
  /** Messages taken per poll. Default 200. */
  batch?: number;
  onError?: (error: unknown) => void;
}

export class ImapPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly mailbox: PolledMailbox,
    private readonly receiver: MailReceiver,
    private readonly options: ImapPollerOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      this.running = this.pollOnce().catch((error: unknown) => {
        this.options.onError?.(error);
        return 0;
      });
      void this.running.then(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs ?? 60_000).unref();
      });
    };
    tick();
  }

  /** One poll: every unseen message through the pipeline; answers how many were taken. */
  async pollOnce(): Promise<number> {
    const messages = await this.mailbox.unseen(this.options.batch ?? 200);
    let taken = 0;
    try {
      for (const message of messages) {
        if (this.stopped) break;
        try {
          await this.receiver.receive(message.source, { from: null, to: [] }, 'imap');
        } catch (error) {
          this.options.onError?.(error);
          continue;
        }
        await this.mailbox.markSeen(message.uid);
        taken++;
      }
    } finally {
      await this.mailbox.close();
    }
    return taken;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/** The mailbox behind an `imap://` or `imaps://` URL, through imapflow; one session per poll. */
export function imapFlowClient(url: string): PolledMailbox {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'imaps:';
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'INBOX';
  let client: ImapFlow | null = null;
  let release: (() => void) | null = null;
  const open = async () => {
    if (client) return client;
    client = new ImapFlow({
      host: parsed.hostname,
      port: Number(parsed.port) || (secure ? 993 : 143),
      secure,
      auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) },
      logger: false,
    });
    await client.connect();
    release = (await client.getMailboxLock(path)).release;
    return client;
  };
  return {
    async unseen(limit) {
      const session = await open();
      const uids = (await session.search({ seen: false }, { uid: true })) || [];
      const found: { uid: number; source: Buffer }[] = [];
      if (uids.length === 0) return found;
      for await (const message of session.fetch(uids.slice(0, limit), { uid: true, source: true }, { uid: true })) {
        if (message.source) found.push({ uid: message.uid, source: message.source });
      }
      return found.sort((a, b) => a.uid - b.uid);
    },
    async markSeen(uid) {
      await (await open()).messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    },
    async close() {
      const session = client;
      client = null;
      release?.();
      release = null;
      await session?.logout().catch(() => undefined);
    },
  };
}
