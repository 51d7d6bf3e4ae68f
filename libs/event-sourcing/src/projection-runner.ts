/**
 * The projection runner: one catch-up subscription to `$all` (system events excluded) from the
 * last checkpoint, feeding the projections strictly in order. It tells when it has caught up,
 * lets a mutation wait until its events are in the read models, notifies read-model changes,
 * and resubscribes from where it was if the subscription fails.
 */
import {
  BACKWARDS,
  END,
  START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
} from '@eventstore/db-client';
import { InMemoryCheckpointStore, type CheckpointStore } from './checkpoints';
import type { DeadLetter } from './dead-letters';
import { describeError } from './dead-letters';
import { ProjectionRunnerStoppedError } from './errors';
import { ProjectionDispatcher } from './dispatcher';
import { EventRate } from './event-rate';
import { hasReached } from './position';
import { PositionWaiters } from './position-waiters';
import type { ReadModelChange, ReadModelChangeListener } from './projection';
import {
  consoleLogger,
  type ProjectionRunnerOptions,
  type RunnerLogger,
  type RunnerState,
  type RunnerStatus,
  type SubscribingStore,
} from './projection-runner-options';
import { noUpcasters } from './upcasting';

export type {
  ProjectionRunnerOptions,
  RunnerLogger,
  RunnerState,
  RunnerStatus,
  SubscribingStore,
} from './projection-runner-options';

export class ProjectionRunner {
  private readonly name: string;
  private readonly checkpoints: CheckpointStore;
  private readonly logger: RunnerLogger;
  private readonly now: () => number;
  private readonly waitForTimeoutMs: number;
  private readonly delays: { initial: number; max: number };
  private readonly listeners = new Set<ReadModelChangeListener>();
  private readonly waiters: PositionWaiters;
  private readonly rate: EventRate;
  private dispatcher: ProjectionDispatcher;

  private state: RunnerState = 'idle';
  private caughtUp = false;
  private caughtUpPending = false;
  private subscription: AllStreamSubscription | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private nextDelay: number;
  private eventsApplied = 0;
  private lagMs = 0;
  private resubscriptions = 0;
  private lastError: string | undefined;
  private readonly caughtUpWaiters: { resolve(): void; reject(error: Error): void }[] = [];
  private saving: Promise<void> | undefined;
  private savedPosition: Position | undefined;

  constructor(
    private readonly client: SubscribingStore,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.name = options.name ?? 'read-models';
    this.checkpoints = options.checkpoints ?? new InMemoryCheckpointStore();
    this.logger = options.logger ?? consoleLogger;
    this.now = options.now ?? Date.now;
    this.waitForTimeoutMs = options.waitForTimeoutMs ?? 5_000;
    this.delays = options.resubscribeDelayMs ?? { initial: 100, max: 5_000 };
    this.nextDelay = this.delays.initial;
    this.rate = new EventRate(this.now);
    this.waiters = new PositionWaiters(() => ({ position: this.dispatcher.position, caughtUp: this.caughtUp }));
    this.dispatcher = this.createDispatcher(undefined);
  }

  /** Loads the checkpoint and subscribes. Resolves once subscribed, not once caught up. */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`The projection runner ${this.name} was already started.`);
    this.state = 'catching-up';
    const checkpoint = await this.checkpoints.load(this.name);
    this.savedPosition = checkpoint;
    this.dispatcher = this.createDispatcher(checkpoint);
    await this.checkForEmptyStore(checkpoint);
    if ((this.state as RunnerState) !== 'stopped') this.subscribe(); // stop() may have run meanwhile
  }

  /**
   * Resolves once everything up to and including `position` is in the read models; at once for
   * no position. Rejects with a `ReadModelTimeoutError` after the timeout.
   */
  waitFor(position: Position | undefined, timeoutMs = this.waitForTimeoutMs): Promise<void> {
    if (position === undefined || hasReached(this.dispatcher.position, position)) return Promise.resolve();
    if (this.state === 'stopped' || this.state === 'idle') {
      return Promise.reject(
        new ProjectionRunnerStoppedError(
          `The projection runner ${this.name} is ${this.state}; nothing will reach that position.`,
        ),
      );
    }
    return this.waiters.wait(position, timeoutMs);
  }

  /** Resolves once the runner has reached the end of `$all` (readiness). */
  waitUntilCaughtUp(): Promise<void> {
    if (this.caughtUp) return Promise.resolve();
    if (this.state === 'stopped')
      return Promise.reject(new ProjectionRunnerStoppedError(`The projection runner ${this.name} stopped.`));
    return new Promise((resolve, reject) => this.caughtUpWaiters.push({ resolve, reject }));
  }

  /** Listens to read-model changes; returns the function that stops listening. */
  onChange(listener: ReadModelChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  deadLetters(): readonly DeadLetter[] {
    return this.dispatcher.deadLetters.list();
  }

  status(): RunnerStatus {
    return {
      state: this.state,
      caughtUp: this.caughtUp,
      position: this.dispatcher.position,
      eventsApplied: this.eventsApplied,
      eventsPerSecond: this.rate.perSecond(),
      lagMs: this.lagMs,
      deadLetters: this.dispatcher.deadLetters.count,
      resubscriptions: this.resubscriptions,
      lastError: this.lastError,
    };
  }

  /** Unsubscribes, saves the checkpoint and rejects whoever still waits. */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    clearTimeout(this.retryTimer);
    const subscription = this.subscription;
    this.subscription = undefined;
    if (subscription) await subscription.unsubscribe().catch(() => undefined);
    this.waiters.stopAll(`The projection runner ${this.name} stopped.`);
    const stopped = new ProjectionRunnerStoppedError(`The projection runner ${this.name} stopped before it caught up.`);
    for (const waiter of this.caughtUpWaiters.splice(0)) waiter.reject(stopped);
    await this.saveCheckpoint();
  }

  private createDispatcher(from: Position | undefined): ProjectionDispatcher {
    return new ProjectionDispatcher(
      this.options.projections,
      { upcasters: this.options.upcasters ?? noUpcasters, notify: (change) => this.notify(change), now: this.now },
      from,
    );
  }

  /** An empty store (or a checkpoint at its end) is caught up already, whatever the server says. */
  private async checkForEmptyStore(checkpoint: Position | undefined): Promise<void> {
    try {
      let last: Position | undefined;
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
        last = resolved.event?.position;
      }
      if (last === undefined || (checkpoint !== undefined && hasReached(checkpoint, last))) this.markCaughtUp();
    } catch (error) {
      // Not fatal: the subscription's own caught-up signal still comes.
      this.logger.warn({ runner: this.name, error: describeError(error) }, 'could not look at the end of $all');
    }
  }

  private subscribe(): void {
    const subscription = this.client.subscribeToAll({
      fromPosition: this.dispatcher.position ?? START,
      filter: excludeSystemEvents(),
    });
    this.subscription = subscription;
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (subscription === this.subscription) this.onEvent(resolved, subscription);
    });
    subscription.on('caughtUp', () => {
      if (subscription !== this.subscription) return;
      this.nextDelay = this.delays.initial;
      // Events pushed before the signal may still sit in the stream's buffer: apply them first.
      if (subscription.readableLength > 0) this.caughtUpPending = true;
      else this.markCaughtUp();
    });
    subscription.on('error', (error: Error) => this.onSubscriptionFailed(subscription, error));
    subscription.on('end', () => this.onSubscriptionFailed(subscription, new Error('the subscription ended')));
  }

  private onEvent(resolved: AllStreamResolvedEvent, subscription: AllStreamSubscription): void {
    const outcome = this.dispatcher.dispatch(resolved);
    if (outcome === 'applied') {
      const stored = resolved.event!;
      this.eventsApplied++;
      this.rate.record();
      this.lagMs = Math.max(0, this.now() - stored.created.getTime());
      this.nextDelay = this.delays.initial;
      this.waiters.reached(stored.position);
      this.scheduleCheckpoint();
    }
    if (this.caughtUpPending && subscription.readableLength === 0) this.markCaughtUp();
  }

  private markCaughtUp(): void {
    this.caughtUpPending = false;
    if (this.state === 'catching-up' || this.state === 'resubscribing') this.state = 'live';
    if (this.caughtUp) return;
    this.caughtUp = true;
    this.logger.info({ runner: this.name, eventsApplied: this.eventsApplied }, 'read models caught up');
    for (const waiter of this.caughtUpWaiters.splice(0)) waiter.resolve();
  }

  private onSubscriptionFailed(subscription: AllStreamSubscription, error: Error): void {
    if (subscription !== this.subscription || this.state === 'stopped') return;
    this.subscription = undefined;
    subscription.unsubscribe().catch(() => undefined);
    this.state = 'resubscribing';
    this.caughtUpPending = false;
    this.lastError = describeError(error);
    const delay = this.nextDelay;
    this.nextDelay = Math.min(this.nextDelay * 2, this.delays.max);
    this.logger.warn(
      { runner: this.name, error: this.lastError, retryInMs: delay },
      'subscription to $all failed; resubscribing',
    );
    this.retryTimer = setTimeout(() => {
      if (this.state !== 'resubscribing') return;
      this.resubscriptions++;
      this.state = this.caughtUp ? 'live' : 'catching-up';
      this.subscribe();
    }, delay);
  }

  private notify(change: ReadModelChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error(
          { runner: this.name, projection: change.projection, error: describeError(error) },
          'a read-model change listener threw',
        );
      }
    }
  }

  /** One save at a time, always of the latest position; a durable store batches naturally. */
  private scheduleCheckpoint(): void {
    if (this.saving) return;
    this.saving = this.saveCheckpoint().then((saved) => {
      this.saving = undefined;
      if (saved && this.state !== 'stopped' && this.dispatcher.position !== this.savedPosition)
        this.scheduleCheckpoint();
    });
  }

  /** False if the store failed; the next event tries again. */
  private async saveCheckpoint(): Promise<boolean> {
    await this.saving;
    const position = this.dispatcher.position;
    if (position === undefined || position === this.savedPosition) return true;
    try {
      await this.checkpoints.save(this.name, position);
      this.savedPosition = position;
      return true;
    } catch (error) {
      this.logger.error({ runner: this.name, error: describeError(error) }, 'could not save the checkpoint');
      return false;
    }
  }
}
