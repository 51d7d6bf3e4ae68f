/** A stand-in for the client's `$all` subscription, for runner tests that need to break it. */
import { Readable } from 'node:stream';
import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  Position,
  SubscribeToAllOptions,
} from '@eventstore/db-client';
import type { SubscribingStore } from '../projection-runner';

export class FakeSubscription extends Readable {
  unsubscribed = false;
  constructor(readonly from: SubscribeToAllOptions['fromPosition']) {
    super({ objectMode: true, read: () => undefined });
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }
  send(...events: AllStreamResolvedEvent[]): void {
    for (const event of events) this.push(event);
  }
}

export class FakeStore {
  readonly subscriptions: FakeSubscription[] = [];
  /** What `$all` ends with, for the runner's empty-store check. */
  last: AllStreamResolvedEvent | undefined;

  get latest(): FakeSubscription {
    return this.subscriptions[this.subscriptions.length - 1]!;
  }

  asClient(): SubscribingStore {
    return {
      subscribeToAll: (options?: SubscribeToAllOptions) => {
        const subscription = new FakeSubscription(options?.fromPosition);
        this.subscriptions.push(subscription);
        return subscription as unknown as AllStreamSubscription;
      },
      readAll: (() => {
        const last = this.last;
        return (async function* () {
          if (last) yield last;
        })();
      }) as unknown as SubscribingStore['readAll'],
    };
  }
}

export const at = (n: number): Position => ({ commit: BigInt(n), prepare: BigInt(n) });

export const settle = () => new Promise((resolve) => setImmediate(resolve));
