/**
 * Whether a waiting chat's visitor is still there, from their live connections: the visitor's
 * `visitorChatActivity` subscription is their presence. When the last one on this api process
 * ends (not because the process is stopping), and none comes back within a short grace, the
 * departure is recorded (`ChatVisitorLeft`). Every process, seeing that event, either records
 * the visitor's return (it holds a connection of theirs) or waits the desk's set time and then
 * abandons the chat (`ChatAbandoned`). The abandon command's id comes from the departure, so
 * processes racing write it once, and the decider refuses it once the chat is no longer waiting
 * or the visitor came back (a message or a reconnection after the departure).
 */
import type { Actor } from '@deskstream/domain-kit';
import type { ChatReadModel } from '@deskstream/chat-read-models';
import type { ChatCommands } from './commands';

export interface VisitorPresenceOptions {
  readModel: ChatReadModel;
  commands: ChatCommands;
  now: () => Date;
  /** How long a waiting chat's visitor may be gone before the chat is abandoned. */
  goneAfterMs: number;
  /** A reconnection to this process within this time records nothing (a reload). Default: a tenth of `goneAfterMs`, at most 10 s. */
  graceMs?: number;
  /** Settles once the read models hold the whole store (timers of old departures wait for it). */
  caughtUp?: () => Promise<void>;
  onError?: (error: unknown) => void;
}

const DESK: Actor = { kind: 'system', id: 'reference-desk' };

export class VisitorPresence {
  private readonly connections = new Map<string, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(private readonly options: VisitorPresenceOptions) {}

  /** A live connection of the chat's visitor began; call what it returns when it ends. */
  connected(chatId: string): () => void {
    this.connections.set(chatId, (this.connections.get(chatId) ?? 0) + 1);
    if (this.options.readModel.chat(chatId)?.visitorAwaySince) this.recordReturn(chatId);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.disconnected(chatId);
    };
  }

  /** A departure was recorded (by any process): the visitor is back here, or the chat waits its time. */
  departed(chatId: string, leftAt: string): void {
    if (this.stopped) return;
    if ((this.connections.get(chatId) ?? 0) > 0) return this.recordReturn(chatId);
    const due = Date.parse(leftAt) + this.options.goneAfterMs - this.options.now().getTime();
    this.later(Math.max(0, due), () => this.abandon(chatId, leftAt));
  }

  /** Stops every timer; connections ending from now on (the process is stopping) record nothing. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private disconnected(chatId: string): void {
    const left = (this.connections.get(chatId) ?? 1) - 1;
    if (left > 0) return void this.connections.set(chatId, left);
    this.connections.delete(chatId);
    if (this.stopped || this.options.readModel.chat(chatId)?.status !== 'PENDING') return;
    const leftAt = this.options.now().toISOString();
    const grace = this.options.graceMs ?? Math.min(10_000, this.options.goneAfterMs / 10);
    this.later(grace, () => {
      if ((this.connections.get(chatId) ?? 0) > 0) return;
      return this.run({ type: 'RecordVisitorLeft', data: { chatId, at: leftAt } }, `visitor-left-${chatId}-${leftAt}`, {
        kind: 'visitor',
        id: chatId,
      });
    });
  }

  private async abandon(chatId: string, leftAt: string): Promise<void> {
    await this.options.caughtUp?.();
    const chat = this.options.readModel.chat(chatId);
    if (
      this.stopped ||
      !chat ||
      chat.status !== 'PENDING' ||
      chat.visitorAwaySince !== leftAt ||
      (this.connections.get(chatId) ?? 0) > 0
    )
      return;
    // Refused when another process was first, the visitor came back, or an agent took the chat: nothing to do then.
    await this.run(
      { type: 'AbandonChat', data: { chatId, visitorLeftAt: leftAt, at: this.options.now().toISOString() } },
      `abandon-${chatId}-${leftAt}`,
      DESK,
    );
  }

  private recordReturn(chatId: string): void {
    const since = this.options.readModel.chat(chatId)?.visitorAwaySince;
    if (!since) return;
    void this.run(
      { type: 'RecordVisitorReturned', data: { chatId, at: this.options.now().toISOString() } },
      `visitor-returned-${chatId}-${since}`,
      { kind: 'visitor', id: chatId },
    );
  }

  private async run(command: Parameters<ChatCommands['chat']>[0], commandId: string, actor: Actor): Promise<void> {
    try {
      await this.options.commands.chat(command, commandId, actor);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private later(ms: number, task: () => unknown): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void Promise.resolve(task()).catch((error: unknown) => this.options.onError?.(error));
    }, ms);
    timer.unref?.();
    this.timers.add(timer);
  }
}

/** The subscription's source, with `ended` called once when it ends (returned, thrown into, or done). */
export function onEnd<T>(source: AsyncIterable<T>, ended: () => void): AsyncIterableIterator<T> {
  const inner = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const step = await inner.next();
      if (step.done) ended();
      return step;
    },
    return: (value?: unknown) => {
      ended();
      return inner.return ? inner.return(value) : Promise.resolve({ done: true as const, value: value as T });
    },
    throw: (error?: unknown) => {
      ended();
      return inner.throw ? inner.throw(error) : Promise.reject(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
