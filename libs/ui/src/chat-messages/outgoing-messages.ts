import { ref, type Ref } from 'vue';
import { newCommandId } from '../graphql/command-id';
import { isTransient, type Failure, type Outcome } from '../graphql/errors';

/**
 * The messages one side of a chat has written and the api has not taken yet, each with its own
 * client message id: posted at once, posted again with the same id (so the api writes it once)
 * on `retry`, after a reconnection (`resendTransient`) or by itself after a network error
 * (`retryDelaysMs`). A message is done when the api answers with its entry, or when its echo
 * (the transcript entry with the same `clientMessageId`) arrives first over the live feed.
 *
 * How a message looks to its author, end to end (`MessageStatus`): `sending` and `failed` while
 * it is here; `sent` once it is a transcript entry; `delivered` once the other side has it (each
 * app decides that from its transcript).
 */
export type OutgoingState = 'sending' | 'failed';
export type MessageStatus = OutgoingState | 'sent' | 'delivered';

/** What is kept of a message across a reload, to post it again with the same id. */
export interface UnsentMessage {
  clientMessageId: string;
  text: string;
  at: string;
}

export interface OutgoingMessage extends UnsentMessage {
  state: OutgoingState;
  failure: Failure | null;
}

/** A transcript entry as far as matching goes: the author's own entries carry their client id. */
export interface EchoedEntry {
  id: string;
  clientMessageId?: string | null;
}

export interface OutgoingMessagesOptions<Entry extends EchoedEntry> {
  /** Posts one message; called again with the same client id for every retry. */
  post(message: UnsentMessage): PromiseLike<Outcome<Entry>>;
  /** The api took the message and answered with its entry (not called when the echo came first). */
  onSent?(entry: Entry, message: OutgoingMessage): void;
  /** The message could not go out; it stays, `failed`, to be sent again. */
  onFailed?(message: OutgoingMessage, failure: Failure): void;
  /** The messages not yet taken changed (keep them to post again after a reload). */
  onUnsentChange?(unsent: UnsentMessage[]): void;
  /** Waits before each automatic resend after a network error; none by default. */
  retryDelaysMs?: readonly number[];
  newId?: () => string;
  now?: () => string;
}

export interface OutgoingMessages {
  /** In the order written. */
  readonly messages: Ref<OutgoingMessage[]>;
  /** Adds a message and posts it. */
  send(text: string): OutgoingMessage;
  /** Takes back messages kept across a reload and posts them again, each with its own id. */
  restore(unsent: readonly UnsentMessage[]): void;
  /** Posts a failed message again with the same client id (nothing while it is being sent). */
  retry(clientMessageId: string): Promise<void>;
  /** Posts again every failed message whose failure may have passed (network, unknown). */
  resendTransient(): void;
  /** Drops a message without sending it. */
  discard(clientMessageId: string): void;
  /** A transcript entry arrived: if it is the echo of a message here, that message is done. */
  acknowledge(entry: EchoedEntry): boolean;
  /** Forgets every message (a new conversation). */
  clear(): void;
  unsent(): UnsentMessage[];
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function useOutgoingMessages<Entry extends EchoedEntry>(
  options: OutgoingMessagesOptions<Entry>,
): OutgoingMessages {
  const messages = ref<OutgoingMessage[]>([]);
  const newId = options.newId ?? newCommandId;
  const now = options.now ?? (() => new Date().toISOString());
  const delays = options.retryDelaysMs ?? [];

  const find = (clientMessageId: string) => messages.value.find((each) => each.clientMessageId === clientMessageId);
  const unsent = () => messages.value.map(({ clientMessageId, text, at }) => ({ clientMessageId, text, at }));
  const changed = () => options.onUnsentChange?.(unsent());

  function remove(clientMessageId: string): boolean {
    if (!find(clientMessageId)) return false;
    messages.value = messages.value.filter((each) => each.clientMessageId !== clientMessageId);
    changed();
    return true;
  }

  async function deliver(clientMessageId: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const message = find(clientMessageId);
      if (!message) return;
      message.state = 'sending';
      message.failure = null;
      const outcome = await options.post({ clientMessageId, text: message.text, at: message.at });
      // Gone meanwhile: its echo came first, it was discarded, or the conversation was left.
      const still = find(clientMessageId);
      if (!still) return;
      if (outcome.ok) {
        remove(clientMessageId);
        options.onSent?.(outcome.data, still);
        return;
      }
      const delay = delays[attempt];
      if (outcome.code === 'NETWORK_ERROR' && delay !== undefined) {
        await wait(delay);
        continue;
      }
      const failure: Failure = { code: outcome.code, reason: outcome.reason };
      still.state = 'failed';
      still.failure = failure;
      options.onFailed?.(still, failure);
      return;
    }
  }

  return {
    messages,
    send(text) {
      messages.value.push({ clientMessageId: newId(), text, at: now(), state: 'sending', failure: null });
      const message = messages.value.at(-1)!;
      changed();
      void deliver(message.clientMessageId);
      return message;
    },
    restore(kept) {
      messages.value = kept.map((message) => ({ ...message, state: 'sending', failure: null }));
      for (const message of kept) void deliver(message.clientMessageId);
    },
    retry(clientMessageId) {
      const message = find(clientMessageId);
      if (!message || message.state === 'sending') return Promise.resolve();
      return deliver(clientMessageId);
    },
    resendTransient() {
      for (const message of messages.value) {
        if (message.state === 'failed' && message.failure && isTransient(message.failure)) {
          void deliver(message.clientMessageId);
        }
      }
    },
    discard: (clientMessageId) => void remove(clientMessageId),
    acknowledge: (entry) => (entry.clientMessageId ? remove(entry.clientMessageId) : false),
    clear() {
      messages.value = [];
    },
    unsent,
  };
}
