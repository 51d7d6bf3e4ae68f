/**
 * The projection runner: one catch-up subscription to `$all` (system events excluded) from the
 * last checkpoint, feeding the projections strictly in order. It tells when it has caught up,
 * lets a mutation wait until its events are in the read models, notifies read-model changes,
 * and resubscribes from where it was if the subscription fails. With snapshots, it restores the
 * read models that keep them, catches up those left behind on their own event types, goes on
 * from the newest snapshot, and saves snapshots while live and at stop.
 */
import {
  START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
} from '@eventstore/db-client';
import { atEndOfAll, catchUp, planStart, type StartPlan } from './backfill';
import { CheckpointKeeper, InMemoryCheckpointStore } from './checkpoints';
import type { DeadLetter } from './dead-letters';
import { DeadLetters, describeError } from './dead-letters';
import { ProjectionRunnerStoppedError } from './errors';
import { ProjectionDispatcher } from './dispatcher';
import { EventRate } from './event-rate';
import { hasReached } from './position';
import { PositionWaiters } from './position-waiters';
import { SnapshotKeeper } from './snapshot-keeper';
import { ChangeListeners } from './change-listeners';
import type { Projection, ReadModelChangeListener } from './projection';
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
  private readonly checkpoints: CheckpointKeeper;
  private readonly logger: RunnerLogger;
  private readonly now: () => number;
  private readonly waitForTimeoutMs: number;
  private readonly delays: { initial: number; max: number };
  private readonly listeners: ChangeListeners;
  private readonly waiters: PositionWaiters;
  private readonly rate: EventRate;
  private readonly letters = new DeadLetters();
  private readonly keeper: SnapshotKeeper | undefined;
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

  constructor(
    private readonly client: SubscribingStore,
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.name = options.name ?? 'read-models';
    this.logger = options.logger ?? consoleLogger;
    this.listeners = new ChangeListeners(this.name, this.logger);
    this.checkpoints = new CheckpointKeeper(
      options.checkpoints ?? new InMemoryCheckpointStore(),
      this.name,
      () => (this.state === 'stopped' ? undefined : this.dispatcher.position),
      this.logger,
    );
    this.now = options.now ?? Date.now;
    this.waitForTimeoutMs = options.waitForTimeoutMs ?? 5_000;
    this.delays = options.resubscribeDelayMs ?? { initial: 100, max: 5_000 };
    this.nextDelay = this.delays.initial;
    this.rate = new EventRate(this.now);
    this.waiters = new PositionWaiters(() => ({ position: this.dispatcher.position, caughtUp: this.caughtUp }));
    this.dispatcher = this.createDispatcher(undefined);
    this.keeper =
      options.snapshots &&
      new SnapshotKeeper(options.projections, options.snapshots, {
        client,
        logger: this.logger,
        runner: this.name,
        at: () =>
          this.dispatcher.position && { position: this.dispatcher.position, eventId: this.dispatcher.lastEventId },
        now: this.now,
      });
  }

  /**
   * Loads the checkpoint, restores the read models' snapshots and subscribes (after catching up
   * the read models without a usable snapshot, in the background). Resolves once the snapshots
   * are restored, not once caught up.
   */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`The projection runner ${this.name} was already started.`);
    this.state = 'catching-up';
    const checkpoint = await this.checkpoints.load();
    const plan = planStart(this.options.projections, (await this.keeper?.restore()) ?? new Map(), checkpoint);
    this.dispatcher = this.createDispatcher(plan.from?.position, plan.from?.eventId);
    if (plan.lagging.length === 0) return this.goLive();
    void this.catchUpLagging(plan).then(() => this.goLive());
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
    return this.listeners.add(listener);
  }

  deadLetters(): readonly DeadLetter[] {
    return this.letters.list();
  }

  status(): RunnerStatus {
    return {
      snapshots: this.keeper?.status() ?? [],
      state: this.state,
      caughtUp: this.caughtUp,
      position: this.dispatcher.position,
      eventsApplied: this.eventsApplied,
      eventsPerSecond: this.rate.perSecond(),
      lagMs: this.lagMs,
      deadLetters: this.letters.count,
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
    await this.keeper?.stop();
    await this.checkpoints.save(this.dispatcher.position);
  }

  private createDispatcher(
    from: Position | undefined,
    fromEventId?: string,
    only?: readonly Projection[],
  ): ProjectionDispatcher {
    return new ProjectionDispatcher(
      only ?? this.options.projections,
      {
        upcasters: this.options.upcasters ?? noUpcasters,
        notify: (change) => this.listeners.notify(change),
        now: this.now,
        deadLetters: this.letters,
        changed: this.keeper && ((projection) => this.keeper!.changed(projection)),
      },
      from,
      { fromEventId },
    );
  }

  private async goLive(): Promise<void> {
    if (this.state === 'stopped') return;
    this.keeper?.beginTaking();
    // An empty store (or a position at its end) is caught up already, whatever the server says.
    if (await atEndOfAll(this.client, this.dispatcher.position, this.logger, this.name)) this.markCaughtUp();
    if ((this.state as RunnerState) !== 'stopped') this.subscribe(); // stop() may have run meanwhile
  }

  /** Read models without a usable snapshot catch up to the others, reading only their own event types. */
  private catchUpLagging(plan: StartPlan): Promise<void> {
    return catchUp(this.client, plan, (pass) => this.createDispatcher(pass.from, undefined, pass.projections), {
      runner: this.name,
      logger: this.logger,
      delays: this.delays,
      stopped: () => this.state === 'stopped',
      applied: () => {
        this.eventsApplied++;
        this.rate.record();
      },
      failed: (error) => (this.lastError = describeError(error)),
    });
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
      this.checkpoints.schedule();
      if (this.caughtUp) this.keeper?.counted();
    }
    if (this.caughtUpPending && subscription.readableLength === 0) this.markCaughtUp();
  }

  private markCaughtUp(): void {
    this.caughtUpPending = false;
    if (this.state === 'catching-up' || this.state === 'resubscribing') this.state = 'live';
    if (this.caughtUp) return;
    this.caughtUp = true;
    this.logger.info({ runner: this.name, eventsApplied: this.eventsApplied }, 'read models caught up');
    this.keeper?.caughtUp(this.eventsApplied);
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
}
