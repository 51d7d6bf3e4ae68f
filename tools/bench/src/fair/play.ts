/**
 * Plays a planned fair against an api whose contexts read `clock`: the setup the day before, then
 * every action at its instant, `concurrency` at a time, each after the earlier actions sharing one
 * of its keys; each request carries its action's instant (see `FairClock`). A day is finished
 * before the next begins, and a mail (whose SMTP delivery reads the clock's frontier, not the
 * action's instant) plays alone, so what reads the frontier is never far ahead of the plan.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStoreDBClient } from '@eventstore/db-client';
import type { FastifyInstance } from 'fastify';
import type { FairActionKind } from './actions';
import type { FairClock } from './clock';
import { FairApi } from './fair-api';
import { planFair, type FairPlan } from './plan';
import { FairPlayers } from './players';
import { setUpFair } from './setup';

export interface PlayFairOptions {
  app: FastifyInstance;
  /** The api's store, for the setup's identity commands. */
  store: EventStoreDBClient;
  ctiToken: string;
  smtpPort: number;
  clock: FairClock;
  scale?: number;
  seed?: number;
  /** Actions in flight at once. Default 8. */
  concurrency?: number;
  /** Told every few seconds how far the fair has got. */
  progress?: (done: number, total: number, at: number) => void;
}

export interface FairPlayed {
  plan: FairPlan;
  /** Actions played, and HTTP requests and SMTP mails they made, per kind. */
  played: Record<FairActionKind, number>;
  requests: number;
  /** Events the played actions wrote (as the api's projections counted them), and the seconds it took. */
  events: number;
  seconds: number;
  failures: { kind: FairActionKind; at: string; message: string }[];
  supervisorToken: string;
  adminToken: string;
}

/** Requests each action makes (GraphQL operations, webhook posts, mails). */
const REQUESTS: Record<FairActionKind, number> = {
  signIn: 2,
  signOut: 2,
  cti: 1,
  wrapUp: 1,
  webForm: 2,
  mail: 2,
  letter: 1,
  reply: 1,
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TEHRAN_OFFSET = 3.5 * HOUR;

export async function playFair(options: PlayFairOptions): Promise<FairPlayed> {
  const { app, clock, concurrency = 8 } = options;
  const plan = planFair({ scale: options.scale ?? 1, seed: options.seed ?? 4 });
  const api = new FairApi(app, options.ctiToken, options.smtpPort);
  const agents = Math.max(...plan.days.map((day) => plan.sessions.filter((s) => s.date === day.date).length));
  const tokens = await clock.at(plan.start - 24 * HOUR, () =>
    setUpFair(app, options.store, api, agents, new Date(plan.start - 24 * HOUR).toISOString()),
  );
  const players = new FairPlayers(api, tokens.supervisorToken, plan.seed);
  const played = Object.fromEntries(Object.keys(REQUESTS).map((kind) => [kind, 0])) as Record<FairActionKind, number>;
  const failures: FairPlayed['failures'] = [];
  const chains = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<unknown>>();
  const drain = async () => {
    while (inFlight.size > 0) await Promise.race(inFlight);
  };
  await app.platform.waitUntilCaughtUp();
  const eventsBefore = app.platform.status().eventsApplied;
  const started = performance.now();
  let lastReport = started;
  let day = -1;
  for (const [done, action] of plan.actions.entries()) {
    const actionDay = Math.floor((action.at + TEHRAN_OFFSET) / DAY);
    if (actionDay !== day || action.kind === 'mail') {
      await drain();
      day = actionDay;
    }
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const before = action.keys.flatMap((key) => chains.get(key) ?? []);
    const run = Promise.allSettled(before)
      .then(() => clock.at(action.at, () => players.play(action)))
      .then(
        () => void played[action.kind]++,
        (error: unknown) =>
          void failures.push({
            kind: action.kind,
            at: new Date(action.at).toISOString(),
            message: String((error as Error)?.message ?? error),
          }),
      );
    for (const key of action.keys) chains.set(key, run);
    inFlight.add(run);
    void run.finally(() => {
      inFlight.delete(run);
      for (const key of action.keys) if (chains.get(key) === run) chains.delete(key);
    });
    if (action.kind === 'mail') await drain();
    if (options.progress && performance.now() - lastReport > 5_000) {
      lastReport = performance.now();
      options.progress(done, plan.actions.length, action.at);
    }
  }
  await drain();
  // The last events applied by every read model before anyone counts them.
  await app.platform.waitUntilCaughtUp();
  const seconds = (performance.now() - started) / 1000;
  await sleep(0);
  api.close();
  const requests = Object.entries(played).reduce((sum, [kind, n]) => sum + n * REQUESTS[kind as FairActionKind], 0);
  return {
    plan,
    played,
    requests,
    events: app.platform.status().eventsApplied - eventsBefore,
    seconds,
    failures,
    supervisorToken: tokens.supervisorToken,
    adminToken: tokens.adminToken,
  };
}
