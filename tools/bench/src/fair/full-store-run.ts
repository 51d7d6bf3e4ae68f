/**
 * The full fair over the api's real read path: its events appended to a fresh store (the command
 * path cannot play all of them in a session here), an api started on it (its start replays them
 * all into every read model), then the dashboard asked over GraphQL — checked against the
 * generator's counts, each view timed — and rebuilt by replay after a definition changes.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { spawnEmulator } from '../emulator-process';
import { nowMs, percentile, round } from '../stats';
import { FairClock } from './clock';
import { FAIR_DASHBOARD_QUERY, dashboardPeriod, mismatches, type FairDashboard } from './dashboard-check';
import { fairViews } from './direct-feed';
import { FairApi } from './fair-api';
import { startFairApp } from './fair-app';
import { fillStore } from './fill-store';
import type { FairPlan } from './plan';
import { timeRebuild } from './rebuild';
import { setUpFair } from './setup';

export async function runFullFairOverStore(plan: FairPlan, viewRuns: number, log: (...parts: unknown[]) => void) {
  const store = await spawnEmulator(['--mem-db']);
  try {
    const client = EventStoreDBClient.connectionString(store.url);
    log(`appending the full fair's events to the store`);
    const filled = await fillStore(client, plan);
    await client.dispose();
    log(`appended ${filled.events} events in ${filled.seconds} s; starting an api on them`);
    const end = Date.parse(`${plan.to}T23:59:59Z`);
    const clock = new FairClock(end);
    const starting = nowMs();
    const fair = await startFairApp(store.url, clock);
    const startupReplaySeconds = round((nowMs() - starting) / 1000, 1);
    const storeRssMb = await store.rssMb();
    const apiRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    try {
      const api = new FairApi(fair.app, fair.ctiToken, fair.smtpPort);
      const { adminToken, supervisorToken } = await setUpFair(
        fair.app,
        fair.store,
        api,
        0,
        new Date(end).toISOString(),
      );
      const ask = async (from: string, to: string, granularity: string) =>
        (
          await api.gql<{ operationsDashboard: FairDashboard }>(
            FAIR_DASHBOARD_QUERY,
            { from, to, granularity },
            supervisorToken,
          )
        ).operationsDashboard;
      const period = dashboardPeriod(plan);
      const differences = mismatches(plan, await ask(period.from, period.to, 'DAY'));
      log(`the dashboard over GraphQL: ${differences.length} differences; timing its views`);
      const views = [];
      for (const view of fairViews(plan)) {
        const samples: number[] = [];
        await ask(view.from, view.to, view.granularity);
        for (let i = 0; i < viewRuns; i++) {
          const started = nowMs();
          await ask(view.from, view.to, view.granularity);
          samples.push(nowMs() - started);
        }
        samples.sort((a, b) => a - b);
        views.push({
          view: view.name,
          p50: round(percentile(samples, 50), 2),
          p99: round(percentile(samples, 99), 2),
          max: round(samples.at(-1)!, 2),
        });
      }
      log('rebuilding the dashboard by replay');
      const rebuild = await timeRebuild(api, adminToken);
      const afterRebuild = mismatches(plan, await ask(period.from, period.to, 'DAY'));
      api.close();
      return {
        filled,
        startupReplaySeconds,
        storeRssMb,
        apiRssMb,
        mismatches: differences,
        graphqlViewsMs: views,
        rebuild,
        mismatchesAfterRebuild: afterRebuild,
      };
    } finally {
      await fair.close();
    }
  } finally {
    await store.stop();
  }
}
