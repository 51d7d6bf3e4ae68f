import { describe, expect, it } from 'vitest';
import { apportion, fairDays, tehranInstant } from './calendar';
import { dailyCounts, planFair, scaled, SEED_004_TOTALS } from './plan';
import { agentsAt } from './shifts';

const sum = (numbers: number[]) => numbers.reduce((a, n) => a + n, 0);

describe("seed 004's fair as a plan", () => {
  it('staffs the centre from 7 to 52 and down to 25 agents, 1,516 person-days in all', () => {
    const days = fairDays();
    expect(days[0]).toMatchObject({ date: '2025-03-08', agents: 7 });
    expect(days.at(-1)).toMatchObject({ date: '2025-05-25', agents: 25 });
    expect(Math.max(...days.map((day) => day.agents))).toBe(52);
    expect(days.filter((day) => day.phase === 'fair').every((day) => day.agents === 52)).toBe(true);
    expect(sum(days.map((day) => day.agents))).toBe(1_516);
  });

  it("splits each of the seed's totals over the days exactly, none before 20 Esfand", () => {
    const days = fairDays();
    const byDay = dailyCounts(days, 1);
    expect(sum(byDay.inbound)).toBe(86_178);
    expect(sum(byDay.outbound)).toBe(24_296);
    expect(sum(byDay.publisher)).toBe(34_859);
    expect(sum(byDay.buyer)).toBe(27_074);
    expect(sum(byDay.emailAnswered)).toBe(2_748);
    expect(sum(byDay.letter)).toBe(396);
    expect(byDay.inbound[0]).toBe(0);
    expect(byDay.inbound[1]).toBe(0);
    // The buyers come with the fair: its eleven days hold most of their tickets.
    const fair = days.flatMap((day, i) => (day.phase === 'fair' ? [byDay.buyer[i]!] : []));
    expect(sum(fair)).toBeGreaterThan(27_074 / 2);
  });

  it('apportions whole numbers that sum to the total', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(sum(apportion(1_516, [0.3, 0.7, 5, 0]))).toBe(1_516);
  });

  it('counts days in Tehran: 08:00 there is 04:30 UTC', () => {
    expect(new Date(tehranInstant('2025-05-07', 8)).toISOString()).toBe('2025-05-07T04:30:00.000Z');
    expect(new Date(tehranInstant('2025-05-07', 24)).toISOString()).toBe('2025-05-07T20:30:00.000Z');
  });

  it('plays the same fair from the same seed, its counts the scaled totals, every session within its day', () => {
    const plan = planFair({ scale: 0.01, seed: 7 });
    expect(plan.counts).toMatchObject({
      inboundCalls: scaled(SEED_004_TOTALS.inbound, 0.01),
      outboundCalls: 243,
      publisherTickets: 349,
      buyerTickets: 271,
      emailsAnswered: 27,
      letters: 4,
      personDays: sum(plan.days.map((day) => agentsAt(day, 0.01))),
    });
    expect(plan.counts.personHours).toBeGreaterThanOrEqual(plan.counts.personDays * 10);
    for (const session of plan.sessions) {
      expect(session.from).toBeGreaterThanOrEqual(tehranInstant(session.date, 0));
      expect(session.to).toBeLessThan(tehranInstant(session.date, 24));
    }
    const again = planFair({ scale: 0.01, seed: 7 });
    expect(again.actions.map((a) => a.at)).toEqual(plan.actions.map((a) => a.at));
    expect(planFair({ scale: 0.01, seed: 8 }).actions.map((a) => a.at)).not.toEqual(plan.actions.map((a) => a.at));
    const times = plan.actions.map((a) => a.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
