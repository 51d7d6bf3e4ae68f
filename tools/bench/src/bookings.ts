/**
 * Book a Librarian's free-slot query, against the target (p99 ≤ 20 ms for 200 experts over
 * 90 days):
 *
 *   npm run bookings -w @deskstream/bench              (2,000 queries)
 *   npm run bookings -w @deskstream/bench -- --quick   (300 queries)
 *
 * The read model holds 10 branches in five zones, 200 experts all on the queried topic (the worst
 * case: every expert is a candidate), weekday hours, and about a third of their slots over the 90
 * days booked. Each query is what `bookingSlots` runs for a patron: the candidates for a topic,
 * mode and preferred branch, every free start over 90 days (notice, window, padding, days off,
 * daylight saving) merged across experts and shaped as the schema's slots. Preferred branch, mode
 * and start vary per query; the first runs warm the JIT and the zone-day cache.
 *
 * Results: tools/bench/results/bookings[-quick].json.
 */
import { cpus, loadavg } from 'node:os';
import { offeredSlots, type SessionMode } from '@deskstream/bookings-domain';
import { BRANCHES, TOPICS, generateCalendar } from './bookings/generate-calendar';
import { latencySummary, nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const EXPERTS = 200;
const DAYS = 90;
const QUERIES = quick ? 300 : 2_000;
const WARM_UP = 50;
const TARGET_P99_MS = 20;
const START = Date.parse('2026-02-16T00:00:00Z');
const DAY_MS = 86_400_000;
const MODES: SessionMode[] = ['PHONE', 'VIDEO', 'IN_PERSON'];

function main() {
  const built = nowMs();
  const { readModel, sessions } = generateCalendar(EXPERTS, DAYS + 2, START);
  const buildMs = nowMs() - built;
  const query = (i: number) => {
    const nowAt = START + (i % 24) * 3_600_000;
    const { candidates, preferred } = readModel.candidatesFor(
      TOPICS[0]!,
      MODES[i % 3]!,
      BRANCHES[i % BRANCHES.length]!,
    );
    const slots = offeredSlots(candidates, preferred, {
      fromMs: nowAt,
      toMs: nowAt + DAYS * DAY_MS,
      nowMs: nowAt - DAY_MS,
      keepNoticeAndWindow: false,
    });
    return slots.map((slot) => ({
      startsAt: new Date(slot.start).toISOString(),
      endsAt: new Date(slot.end).toISOString(),
      branchId: slot.branchId,
      timeZone: slot.timeZone,
      routedReason: slot.routedReason,
    }));
  };
  for (let i = 0; i < WARM_UP; i++) query(i);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let slotsReturned = 0;
  for (let i = 0; i < QUERIES; i++) {
    const cpu = process.cpuUsage();
    const t = nowMs();
    slotsReturned += query(i).length;
    samples.push(nowMs() - t);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  const latencyMs = { ...latencySummary(samples), max: round(Math.max(...samples)) };
  // On a busy machine the wall clock also counts time spent waiting for a core; CPU time does not.
  const cpuMs = { ...latencySummary(cpuSamples), max: round(Math.max(...cpuSamples)) };
  return {
    experts: EXPERTS,
    days: DAYS,
    candidatesPerQuery: readModel.candidatesFor(TOPICS[0]!, 'VIDEO', BRANCHES[0]!).candidates.length,
    sessionsBooked: sessions,
    readModelBuildMs: Math.round(buildMs),
    queries: QUERIES,
    averageSlotsReturned: Math.round(slotsReturned / QUERIES),
    latencyMs,
    cpuMs,
    target: { p99Ms: TARGET_P99_MS, met: latencyMs.p99 <= TARGET_P99_MS },
  };
}

const results = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg().map((l) => round(l, 2)) },
  node: process.version,
  freeSlotQuery: main(),
};
console.log(JSON.stringify(results, null, 2));
await saveResults(new URL(`../results/bookings${quick ? '-quick' : ''}.json`, import.meta.url).pathname, results);
