/**
 * Seed 004's fair at a thousandth of its size (86 inbound and 24 outbound calls, 35 publishers'
 * and 27 buyers' tickets, 3 mails answered, a letter, one agent a day over 79 days) played
 * through the api's real routes on the simulated clock; the operations dashboard must show the
 * generator's counts exactly, in total and day by day.
 */
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairClock } from './clock';
import {
  FAIR_DASHBOARD_QUERY,
  dashboardFigures,
  dashboardPeriod,
  mismatches,
  type FairDashboard,
} from './dashboard-check';
import { dashboardOf, feedReadModel } from './direct-feed';
import { FairApi } from './fair-api';
import { startFairApp, type FairApp } from './fair-app';
import { playFair, type FairPlayed } from './play';

const SCALE = 0.001;
let store: RunningEmulator;
let fair: FairApp;
let played: FairPlayed;

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
  const clock = new FairClock(Date.parse('2025-03-01T00:00:00Z'));
  fair = await startFairApp(store.url, clock);
  played = await playFair({ ...fair, clock, scale: SCALE, seed: 4 });
}, 240_000);

afterAll(async () => {
  await fair?.close();
  await store?.stop();
});

async function dashboard(granularity: 'DAY' | 'HOUR', period = dashboardPeriod(played.plan)): Promise<FairDashboard> {
  const api = new FairApi(fair.app, fair.ctiToken, fair.smtpPort);
  try {
    const data = await api.gql<{ operationsDashboard: FairDashboard }>(
      FAIR_DASHBOARD_QUERY,
      { ...period, granularity },
      played.supervisorToken,
    );
    return data.operationsDashboard;
  } finally {
    api.close();
  }
}

describe('the fair played through the api, on the operations dashboard', () => {
  it('plays every action of the plan', () => {
    expect(played.failures).toEqual([]);
    const planned = played.plan.actions.length;
    expect(Object.values(played.played).reduce((a, n) => a + n, 0)).toBe(planned);
  });

  it("shows the generator's counts exactly: the seed's totals at a thousandth, by channel, requester type and day", async () => {
    const shown = await dashboard('DAY');
    expect(mismatches(played.plan, shown)).toEqual([]);
    const byChannel = Object.fromEntries(shown.volumes.byChannel.map((v) => [v.channel, v.received]));
    expect(byChannel).toMatchObject({ INBOUND_CALL: 86, OUTBOUND_CALL: 24, TICKET: 35 + 27, LETTER: 1 });
    expect(shown.volumes.byChannel.find((v) => v.channel === 'EMAIL')?.answered).toBe(3);
    expect(shown.staffing.personDays).toBe(79);
    expect(shown.staffing.personHours).toBeGreaterThanOrEqual(790);
    // Days counted in Tehran: the calendar's 79 days, the first two without traffic.
    expect(shown.buckets.map((b) => b.day)).toHaveLength(79);
    expect(shown.buckets[0]!.volumes.byChannel.every((v) => v.received === 0)).toBe(true);
  });

  it("puts the fair days' calls in the hours the centre works, 08:00–24:00 in Tehran", async () => {
    const shown = await dashboard('HOUR', { from: '2025-05-07', to: '2025-05-17' });
    const fairDays = played.plan.perDay.filter((day) => day.date >= '2025-05-07' && day.date <= '2025-05-17');
    const calls = (b: FairDashboard['buckets'][number]) =>
      b.volumes.byChannel.filter((v) => v.channel.endsWith('_CALL')).reduce((a, v) => a + v.received, 0);
    const early = shown.buckets.filter((b) => Number(b.key.slice(-2)) < 8);
    expect(early.reduce((a, b) => a + calls(b), 0)).toBe(0);
    expect(shown.buckets.reduce((a, b) => a + calls(b), 0)).toBe(
      fairDays.reduce((a, day) => a + day.inbound + day.outbound, 0),
    );
    expect(shown.buckets).toHaveLength(11 * 24);
  });

  it('folds to the same dashboard from events made straight from the plan (as the full fair is measured)', async () => {
    const period = dashboardPeriod(played.plan);
    const shown = await dashboard('DAY');
    const { readModel } = feedReadModel(played.plan);
    const direct = dashboardOf(readModel, period.from, period.to, 'DAY');
    expect(dashboardFigures(direct)).toEqual(dashboardFigures(shown));
    expect(direct.staffing).toEqual(shown.staffing);
    expect(direct.serviceLevels).toMatchObject(shown.serviceLevels);
  });
});
