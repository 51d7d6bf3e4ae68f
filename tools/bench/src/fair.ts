/**
 * The operations dashboard's benchmark: seed 004's book fair (the 36th Tehran book fair's contact
 * centre, 8 March – 25 May 2025 in Asia/Tehran) played through the api's command path on a
 * simulated clock — agents signing in and out over two shifts (7 → 52 → 25 agents), the PBX's
 * webhook for inbound and outbound calls, publishers' and buyers' web forms, mail over SMTP, the
 * secretariat's letters in the staff form, agents wrapping calls up and answering — at `--scale`
 * of the seed's totals; then the dashboard checked against the generator's counts (exit code 1 on
 * any difference), its views timed over GraphQL, and its rebuild by replay timed. Last, the full
 * fair (scale 1: 86,178 / 24,296 calls, 34,859 / 27,074 tickets, 2,748 mails answered, 396
 * letters, 1,516 person-days) folded straight into the read model, checked and its views timed —
 * the command path cannot play it in a session on a two-core machine.
 *
 *   npm run fair -w @deskstream/bench                    (scale 0.02, then the full fair folded)
 *   npm run fair -w @deskstream/bench -- --quick         (scale 0.002)
 *   … -- --scale 0.05 --seed 4 --concurrency 8 --no-full
 *   … -- --full-store [--no-play]                         (also the full fair over GraphQL, see below)
 *
 * With `--full-store` the full fair's events are appended to a fresh store, an api started on it
 * (replaying them all) and its dashboard asked over GraphQL, checked, timed and rebuilt by replay
 * (`fair/full-store-run.ts`); it takes a long while.
 *
 * The store is the emulator in a process of its own (in memory); the api runs in this process
 * (it shares the simulated clock); players reach it by Fastify's `inject` (GraphQL, the webhook)
 * and real SMTP. Results: tools/bench/results/fair[-quick].json; docs/performance.md quotes them.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawnEmulator } from './emulator-process';
import { FairClock } from './fair/clock';
import { FAIR_DASHBOARD_QUERY, dashboardPeriod, mismatches, type FairDashboard } from './fair/dashboard-check';
import { feedReadModel, fairViews, dashboardOf, timeViews } from './fair/direct-feed';
import { runFullFairOverStore } from './fair/full-store-run';
import { FairApi } from './fair/fair-api';
import { startFairApp } from './fair/fair-app';
import { planFair } from './fair/plan';
import { playFair } from './fair/play';
import { timeRebuild } from './fair/rebuild';
import { nowMs, percentile, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a number above 0`);
  return value;
};
const SETTINGS = {
  scale: arg('--scale', quick ? 0.002 : 0.02),
  seed: arg('--seed', 4),
  concurrency: arg('--concurrency', 8),
  viewRuns: quick ? 20 : 50,
  fullViewRuns: quick ? 30 : 200,
  full: !process.argv.includes('--no-full'),
  fullStore: process.argv.includes('--full-store'),
  play: !process.argv.includes('--no-play'),
};
const TARGET = { dashboardViewP99Ms: 50 };
const loadAverage = () => loadavg().map((n) => round(n, 2));
const log = (...parts: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...parts);

const loadBefore = loadAverage();

/** The fair at `--scale` through the command path: played, checked, its views and rebuild timed. */
async function playPhase() {
  const planned = planFair({ scale: SETTINGS.scale, seed: SETTINGS.seed });
  const clock = new FairClock(planned.start - 2 * 86_400_000);
  const store = await spawnEmulator(['--mem-db']);
  const fair = await startFairApp(store.url, clock);
  try {
    log(`playing the fair at scale ${SETTINGS.scale}: ${planned.actions.length} actions`);
    const played = await playFair({
      ...fair,
      clock,
      scale: SETTINGS.scale,
      seed: SETTINGS.seed,
      concurrency: SETTINGS.concurrency,
      progress: (done, total, at) => log(`${done}/${total} actions, the fair at ${new Date(at).toISOString()}`),
    });
    log(`played in ${round(played.seconds, 1)} s, ${played.failures.length} failures`);
    const api = new FairApi(fair.app, fair.ctiToken, fair.smtpPort);
    const ask = async (from: string, to: string, granularity: string) =>
      (
        await api.gql<{ operationsDashboard: FairDashboard }>(
          FAIR_DASHBOARD_QUERY,
          { from, to, granularity },
          played.supervisorToken,
        )
      ).operationsDashboard;
    const period = dashboardPeriod(played.plan);
    const differences = mismatches(played.plan, await ask(period.from, period.to, 'DAY'));
    const views = [];
    for (const view of fairViews(played.plan)) {
      const samples: number[] = [];
      await ask(view.from, view.to, view.granularity);
      for (let i = 0; i < SETTINGS.viewRuns; i++) {
        const started = nowMs();
        await ask(view.from, view.to, view.granularity);
        samples.push(nowMs() - started);
      }
      samples.sort((a, b) => a - b);
      views.push({ view: view.name, p50: round(percentile(samples, 50), 2), p99: round(percentile(samples, 99), 2) });
    }
    log('rebuilding the dashboard by replay');
    const rebuild = await timeRebuild(api, played.adminToken);
    const afterRebuild = mismatches(played.plan, await ask(period.from, period.to, 'DAY'));
    api.close();
    return {
      exact: differences.length === 0 && afterRebuild.length === 0 && played.failures.length === 0,
      scale: SETTINGS.scale,
      counts: played.plan.counts,
      played: played.played,
      failures: played.failures.slice(0, 20),
      requests: played.requests,
      eventsWritten: played.events,
      seconds: round(played.seconds, 1),
      requestsPerSecond: round(played.requests / played.seconds, 1),
      eventsPerSecond: round(played.events / played.seconds, 1),
      mismatches: differences,
      graphqlViewsMs: views,
      rebuild,
      mismatchesAfterRebuild: afterRebuild,
    };
  } finally {
    await fair.close();
    await store.stop();
  }
}

/** The full fair's events folded straight into the read model: checked, the fold and the views timed. */
function foldPhase() {
  log('folding the full fair straight into the read model');
  const plan = planFair({ scale: 1, seed: SETTINGS.seed });
  const fed = feedReadModel(plan);
  const period = dashboardPeriod(plan);
  const differences = mismatches(plan, dashboardOf(fed.readModel, period.from, period.to, 'DAY'));
  return {
    exact: differences.length === 0,
    counts: plan.counts,
    events: fed.events,
    foldSeconds: fed.foldSeconds,
    foldEventsPerSecond: fed.eventsPerSecond,
    mismatches: differences,
    viewsMs: timeViews(fed.readModel, plan, SETTINGS.fullViewRuns),
  };
}

const commandPath = SETTINGS.play ? await playPhase() : null;
const folded = SETTINGS.full ? foldPhase() : null;
const overStore = SETTINGS.fullStore
  ? await runFullFairOverStore(planFair({ scale: 1, seed: SETTINGS.seed }), SETTINGS.fullViewRuns, log)
  : null;
const exact =
  (commandPath?.exact ?? true) &&
  (folded?.exact ?? true) &&
  (overStore ? overStore.mismatches.length === 0 && overStore.mismatchesAfterRebuild.length === 0 : true);
const fullViews = [...(folded?.viewsMs ?? []), ...(overStore?.graphqlViewsMs ?? [])];
const results = {
  when: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAverage(),
  },
  settings: SETTINGS,
  target: TARGET,
  exact,
  met: exact && fullViews.length > 0 && fullViews.every((view) => view.p99 <= TARGET.dashboardViewP99Ms),
  commandPath,
  fullFairFoldedDirectly: folded,
  fullFairOverTheStore: overStore,
};
const name = SETTINGS.play ? `fair${quick ? '-quick' : ''}` : SETTINGS.fullStore ? 'fair-full-store' : 'fair-full-fold';
await saveResults(fileURLToPath(new URL(`../results/${name}.json`, import.meta.url)), results);
console.log(JSON.stringify(results, null, 2));
if (!exact) process.exitCode = 1;
