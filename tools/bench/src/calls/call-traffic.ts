/**
 * Seed 004's telephone traffic as PBX webhook events: a contact centre's ten fair days, 86,178
 * inbound and 24,296 outbound calls (110,474), most of them in the fair's opening hours with
 * peaks late in the morning and early in the afternoon. Each call is a `newCall`, an `answer`
 * when someone picks up, and a `hangup` with its cause, in Zammad's generic CTI form fields, all
 * merged into one time-ordered list. Deterministic (a seeded generator): every run sends the
 * same events.
 */

export const BENCH_CTI_TOKEN = 'bench-cti-token-0123456789abcdef';

export const SEED_004 = { days: 10, inbound: 86_178, outbound: 24_296 };

export interface CtiEvent {
  /** Seconds from the fair's first midnight. */
  at: number;
  body: string;
  event: 'newCall' | 'answer' | 'hangup';
  callId: string;
}

/** mulberry32: small, fast, seeded. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The share of a day's calls in each hour: closed at night, the fair's hours 9–18 with two peaks. */
const HOURLY = [0, 0, 0, 0, 0, 0, 0.2, 0.5, 2, 6, 11, 13, 9, 8, 11, 12, 9, 5, 2, 0.8, 0.3, 0.1, 0, 0];
/** The share of the fair's calls on each of its ten days: the middle weekend the busiest. */
const DAILY = [7, 9, 10, 11, 13, 13, 11, 10, 9, 7];

const pick = <T>(items: readonly T[], weights: readonly number[], r: number): T => {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let left = r * total;
  for (let i = 0; i < items.length; i++) if ((left -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
};

const AGENTS = Array.from({ length: 60 }, (_, i) => `Agent ${String(i + 1).padStart(2, '0')}`);
const DESK = '493012345600';
const FORM = (fields: [string, string][]) =>
  fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

/** A caller's number in one of the shapes PBXs send (international with or without +, national, anonymous). */
function callerNumber(next: () => number): string {
  const r = next();
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  if (r < 0.03) return 'anonymous';
  if (r < 0.5) return `030${digits(8)}`;
  if (r < 0.8) return `49${['30', '40', '89', '221', '69'][Math.floor(next() * 5)]}${digits(7)}`;
  return `+${['44 20 79', '33 1 42', '39 06 69', '98 21 66', '84 24 38'][Math.floor(next() * 5)]}${digits(5)}`;
}

/** Every call of the fair as webhook events, in time order. */
export function fairTraffic(seed = 4): CtiEvent[] {
  const next = random(seed);
  const events: CtiEvent[] = [];
  const total = SEED_004.inbound + SEED_004.outbound;
  const days = Array.from({ length: SEED_004.days }, (_, d) => d);
  const hours = Array.from({ length: 24 }, (_, h) => h);
  for (let n = 0; n < total; n++) {
    const inbound = n < SEED_004.inbound;
    const day = pick(days, DAILY, next());
    const hour = pick(hours, HOURLY, next());
    const start = day * 86_400 + hour * 3_600 + Math.floor(next() * 3_600);
    const callId = `fair-${inbound ? 'in' : 'out'}-${n}`;
    const agents = inbound
      ? Array.from({ length: 1 + Math.floor(next() * 3) }, () => AGENTS[Math.floor(next() * AGENTS.length)]!)
      : [AGENTS[Math.floor(next() * AGENTS.length)]!];
    const other = callerNumber(next);
    const base: [string, string][] = [
      ['callId', callId],
      ['direction', inbound ? 'in' : 'out'],
      ['from', inbound ? other : DESK],
      ['to', inbound ? DESK : other],
      ...agents.map((agent): [string, string] => ['user[]', agent]),
      ...(inbound ? [['queue', 'fair-hotline'] as [string, string]] : []),
    ];
    const r = next();
    const ring = 4 + Math.floor(next() * 30);
    const answered = inbound ? r < 0.8 : r < 0.65;
    const cause = answered
      ? 'normalClearing'
      : inbound
        ? r < 0.92
          ? 'noAnswer'
          : r < 0.98
            ? 'cancel'
            : 'busy'
        : r < 0.9
          ? 'noAnswer'
          : 'busy';
    const talk = answered ? 20 + Math.floor(next() * 480) : 0;
    events.push({ at: start, event: 'newCall', callId, body: FORM([['event', 'newCall'], ...base]) });
    if (answered)
      events.push({
        at: start + ring,
        event: 'answer',
        callId,
        body: FORM([['event', 'answer'], ...base.filter(([k]) => k !== 'user[]'), ['user[]', agents[0]!]]),
      });
    events.push({
      at: start + ring + talk,
      event: 'hangup',
      callId,
      body: FORM([['event', 'hangup'], ...base, ['cause', cause]]),
    });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** The busiest hour of the fair: its events per second (in real time). */
export function peakRate(events: readonly CtiEvent[]): number {
  const perHour = new Map<number, number>();
  for (const event of events) {
    const hour = Math.floor(event.at / 3_600);
    perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
  }
  return Math.max(...perHour.values()) / 3_600;
}
