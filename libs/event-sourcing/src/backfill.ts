/**
 * After a restart with snapshots: the read models restored at older positions (or not at all)
 * are brought up to the newest snapshot's position by a catch-up read of `$all` filtered on the
 * store's side to the event types they handle, so only they pay for what they missed; the
 * runner's one subscription then goes on from there for everybody.
 */
import {
  BACKWARDS,
  END,
  START,
  eventTypeFilter,
  type AllStreamResolvedEvent,
  type Position,
} from '@eventstore/db-client';
import type { DispatchOutcome, ProjectionDispatcher } from './dispatcher';
import { describeError } from './dead-letters';
import { comparePositions, formatPosition, hasReached } from './position';
import type { Projection } from './projection';
import type { RunnerLogger, SubscribingStore } from './projection-runner-options';
import type { StartPoint } from './snapshot-keeper';

const escape = (type: string) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches exactly the given event types. */
export const eventTypesPattern = (types: Iterable<string>): string =>
  `^(?:${[...new Set(types)].map(escape).join('|')})$`;

/** What `backfill` feeds: the runner's dispatcher, or a read model rebuilt from history. */
export interface BackfillTarget {
  /** Where the read starts after; none: from the start of `$all`. */
  readonly position: Position | undefined;
  dispatch(resolved: AllStreamResolvedEvent): DispatchOutcome | 'skipped';
}

/**
 * Feeds `dispatcher` every event of `types` after its position up to and including `until`.
 * Resolves with how many it applied; rejects if the read fails (the caller retries: the
 * dispatcher skips what it already applied).
 */
export function backfill(
  client: SubscribingStore,
  dispatcher: BackfillTarget,
  types: Iterable<string>,
  until: Position,
  hooks: { stopped(): boolean; applied(): void },
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let applied = 0;
    let ending = false;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      subscription.unsubscribe().catch(() => undefined);
      if (error) reject(error);
      else resolve(applied);
    };
    const end = () => {
      if (subscription.readableLength > 0) ending = true;
      else finish();
    };
    const subscription = client.subscribeToAll({
      fromPosition: dispatcher.position ?? START,
      filter: eventTypeFilter({
        regex: eventTypesPattern(types),
        checkpointInterval: 32,
        checkpointReached: (_subscription, position) => {
          if (hasReached(position, until)) end();
        },
      }),
    });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (done) return;
      if (hooks.stopped()) return finish();
      const position = resolved.event?.position;
      if (position && comparePositions(position, until) > 0) return finish();
      if (dispatcher.dispatch(resolved) === 'applied') {
        applied++;
        hooks.applied();
      }
      if (position && comparePositions(position, until) === 0) return finish();
      if (ending && subscription.readableLength === 0) finish();
    });
    subscription.on('caughtUp', end);
    subscription.on('error', (error: Error) => finish(error));
    subscription.on('end', () => finish(done ? undefined : new Error('the catch-up read ended early')));
  });
}

/** Lagging projections that start at one position: caught up together by one filtered read. */
export interface CatchUpPass {
  from: Position | undefined;
  projections: Projection[];
}

/** From where the runner feeds whom after the snapshots were restored. */
export interface StartPlan {
  /** The newest start: the runner's one subscription goes on after it. */
  from: StartPoint | undefined;
  /** Projections that start before it: caught up to it first by `backfill`. */
  lagging: Projection[];
  /**
   * One read per start among them, oldest first: a read model restored a little behind is not
   * fed from the beginning because another has no snapshot at all.
   */
  passes: CatchUpPass[];
}

export function planStart(
  projections: readonly Projection[],
  restored: ReadonlyMap<string, StartPoint>,
  checkpoint: Position | undefined,
): StartPlan {
  const startOf = (projection: Projection): StartPoint | undefined =>
    restored.get(projection.name) ?? (checkpoint ? { position: checkpoint, eventId: undefined } : undefined);
  let from: StartPoint | undefined;
  for (const projection of projections) {
    const start = startOf(projection);
    if (!start) continue;
    const order = from ? comparePositions(start.position, from.position) : 1;
    if (order > 0 || (order === 0 && !from!.eventId && start.eventId)) from = start;
  }
  const lagging = projections.filter((projection) => {
    const start = startOf(projection);
    return from !== undefined && (!start || comparePositions(start.position, from.position) < 0);
  });
  const passes = new Map<string, CatchUpPass>();
  for (const projection of lagging) {
    const start = startOf(projection)?.position;
    const key = formatPosition(start);
    const pass = passes.get(key) ?? { from: start, projections: [] };
    pass.projections.push(projection);
    passes.set(key, pass);
  }
  const order = (a: CatchUpPass, b: CatchUpPass) =>
    a.from === undefined ? -1 : b.from === undefined ? 1 : comparePositions(a.from, b.from);
  return { from, lagging, passes: [...passes.values()].sort(order) };
}

/** Each pass by `backfill` until it completes, retrying after a failure with a growing delay. */
export async function catchUp(
  client: SubscribingStore,
  plan: StartPlan,
  dispatcherFor: (pass: CatchUpPass) => ProjectionDispatcher,
  hooks: {
    runner: string;
    logger: RunnerLogger;
    delays: { initial: number; max: number };
    stopped(): boolean;
    applied(): void;
    failed(error: unknown): void;
  },
): Promise<void> {
  const until = plan.from!.position;
  for (const pass of plan.passes) {
    const types = pass.projections.flatMap((projection) => projection.handles);
    const projections = pass.projections.map((projection) => projection.name);
    const from = formatPosition(pass.from);
    hooks.logger.info(
      { runner: hooks.runner, projections, from, until: formatPosition(until) },
      'catching up read models',
    );
    const dispatcher = dispatcherFor(pass);
    let delay = hooks.delays.initial;
    while (types.length > 0 && !hooks.stopped()) {
      try {
        await backfill(client, dispatcher, types, until, hooks);
        break;
      } catch (error) {
        hooks.failed(error);
        hooks.logger.warn(
          { runner: hooks.runner, error: describeError(error), retryInMs: delay },
          'catching up read models failed',
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, hooks.delays.max);
      }
    }
  }
}

/** True when `$all` is empty or ends at `position`; false when unknown. */
export async function atEndOfAll(
  client: SubscribingStore,
  position: Position | undefined,
  logger: RunnerLogger,
  runner: string,
): Promise<boolean> {
  try {
    let last: Position | undefined;
    for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }))
      last = resolved.event?.position;
    return last === undefined || (position !== undefined && hasReached(position, last));
  } catch (error) {
    // Not fatal: the subscription's own caught-up signal still comes.
    logger.warn({ runner, error: describeError(error) }, 'could not look at the end of $all');
    return false;
  }
}
