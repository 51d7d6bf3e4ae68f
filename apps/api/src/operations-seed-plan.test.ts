import { describe, expect, it } from 'vitest';
import { FAIR_DAYS, FAIR_STAFFING, dayIn, fairTotals, instantIn, planDemoFair } from './operations-seed-plan';

const hourIn = (iso: string, timeZone: string) => {
  const instant = Date.parse(iso);
  return (instant - instantIn(dayIn(instant, timeZone), 0, timeZone)) / 3_600_000;
};

describe('the demo fair’s plan', () => {
  it.each(['Asia/Tehran', 'UTC', 'America/Los_Angeles'])(
    'lies in the days before today in %s, every shift within its day and every contact in working hours',
    (timeZone) => {
      const plan = planDemoFair('2026-12-07', timeZone);
      expect(plan.days).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
      for (const shift of plan.shifts) {
        const day = dayIn(Date.parse(shift.signedInAt), timeZone);
        expect(plan.days).toContain(day);
        expect(dayIn(Date.parse(shift.offlineAt), timeZone)).toBe(day);
        expect(Date.parse(shift.signedInAt)).toBeLessThan(Date.parse(shift.onlineAt));
        expect(Date.parse(shift.onlineAt)).toBeLessThan(Date.parse(shift.offlineAt));
        expect(hourIn(shift.signedInAt, timeZone)).toBeGreaterThanOrEqual(7.8);
      }
      const contacts = [
        ...plan.calls.flatMap((call) => [call.rangAt, call.endedAt]),
        ...plan.tickets.flatMap((ticket) => [ticket.openedAt, ticket.answeredAt]),
      ];
      for (const instant of contacts) {
        expect(plan.days).toContain(dayIn(Date.parse(instant), timeZone));
        expect(hourIn(instant, timeZone)).toBeGreaterThanOrEqual(8);
      }
    },
  );

  it('grows from three agents to eight over two shifts and shrinks again, each agent once a day', () => {
    const plan = planDemoFair('2026-12-07', 'Asia/Tehran');
    const perDay = plan.days.map(
      (day) =>
        new Set(
          plan.shifts
            .filter((shift) => dayIn(Date.parse(shift.signedInAt), 'Asia/Tehran') === day)
            .map((shift) => shift.agentId),
        ).size,
    );
    expect(perDay).toEqual([...FAIR_STAFFING]);
    expect(new Set(plan.shifts.map((shift) => shift.key)).size).toBe(plan.shifts.length);
    const evening = plan.shifts.filter((shift) => hourIn(shift.signedInAt, 'Asia/Tehran') > 15);
    expect(evening.length).toBeGreaterThan(0);
  });

  it('is the same fair on every start: the same items under the same ids, whatever the day', () => {
    const monday = planDemoFair('2026-12-07', 'Asia/Tehran');
    const later = planDemoFair('2027-01-20', 'UTC');
    expect(later.calls.map((call) => call.pbxCallId)).toEqual(monday.calls.map((call) => call.pbxCallId));
    expect(later.tickets.map((ticket) => ticket.key)).toEqual(monday.tickets.map((ticket) => ticket.key));
    expect(planDemoFair('2026-12-07', 'Asia/Tehran')).toEqual(monday);
    expect(monday.days).toHaveLength(FAIR_DAYS);
  });

  it('has every channel the dashboard counts, abandoned calls and both requester types', () => {
    const plan = planDemoFair('2026-12-07', 'Asia/Tehran');
    const totals = fairTotals(plan);
    expect(totals.inboundCalls).toBeGreaterThan(40);
    expect(totals.outboundCalls).toBeGreaterThan(5);
    expect(totals.abandonedCalls).toBeGreaterThan(0);
    expect(totals.tickets).toBeGreaterThan(15);
    expect(totals.emails).toBeGreaterThan(0);
    expect(totals.letters).toBeGreaterThan(0);
    expect(totals.personDays).toBe(FAIR_STAFFING.reduce((sum, each) => sum + each, 0));
    expect(new Set(plan.tickets.map((ticket) => ticket.requesterType))).toEqual(new Set(['publisher', 'buyer']));
    for (const ticket of plan.tickets)
      expect(Date.parse(ticket.answeredAt)).toBeGreaterThan(Date.parse(ticket.openedAt));
  });
});
