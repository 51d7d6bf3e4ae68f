/**
 * The demo's book fair, as a plan (pure and deterministic): the days before today in the
 * organisation's time zone, staffing growing from three agents to eight over two shifts
 * (08:00–16:00 and 16:00–24:00) and shrinking again, and what reached the desk in those hours —
 * calls from the PBX (answered, or abandoned and called back), calls out logged by hand, the web
 * form's tickets from publishers and buyers, mail, and the secretariat's letters, every ticket
 * answered and solved. Ids depend only on the day's place in the fair and the item's number, so
 * the seed written on any day is recognised on every later start. `operations-seed.ts` plays it.
 */

export interface FairAgent {
  id: string;
  username: string;
  displayName: string;
}

/** The fair's temporary agents (they work no department: only the fair's hours and calls are theirs). */
export const FAIR_AGENTS: readonly FairAgent[] = [
  ['maryam', 'Maryam Rezaei'],
  ['ali', 'Ali Hosseini'],
  ['zahra', 'Zahra Moradi'],
  ['reza', 'Reza Jafari'],
  ['narges', 'Narges Sadeghi'],
  ['hamed', 'Hamed Tehrani'],
  ['leila', 'Leila Kazemi'],
  ['omid', 'Omid Rahimi'],
].map(([username, displayName], index) => ({
  id: `7a1f3c60-0e2b-4f7d-8a55-f41f0000000${index + 1}`,
  username: username!,
  displayName: displayName!,
}));

/** Agents at work on each day of the fair, oldest day first (yesterday last). */
export const FAIR_STAFFING = [3, 4, 6, 8, 7, 5] as const;
export const FAIR_DAYS = FAIR_STAFFING.length;
/** What each agent on duty brings in a day: calls in, calls out, web-form tickets. */
const CALLS_IN_PER_AGENT = 1.8;
const CALLS_OUT_PER_AGENT = 0.4;
const TICKETS_PER_AGENT = 0.8;
const MAIL_PER_DAY = [1, 1, 2, 2, 2, 1] as const;
const LETTERS_PER_DAY = [0, 1, 1, 1, 1, 1] as const;

export interface FairShift {
  /** `fair-<day>-<agent>`: the session, and the start of its command ids. */
  key: string;
  agentId: string;
  signedInAt: string;
  onlineAt: string;
  offlineAt: string;
}

export interface FairCall {
  /** The PBX's call id (`fair-<day>-call-<n>`). */
  pbxCallId: string;
  direction: 'IN' | 'OUT';
  number: string;
  agentId: string;
  /** Calls out are logged by hand; calls in come from the PBX. */
  source: 'CTI' | 'MANUAL';
  rangAt: string;
  /** Null: the caller hung up before anyone answered (called back once the desk had time). */
  answeredAt: string | null;
  endedAt: string;
  requesterType: 'publisher' | 'buyer' | null;
  topic: string | null;
}

export interface FairTicket {
  key: string;
  channel: 'WEB_FORM' | 'EMAIL' | 'LETTER';
  requesterType: 'publisher' | 'buyer';
  requester: { name: string; email: string | null };
  subject: string;
  text: string;
  answer: string;
  agentId: string;
  openedAt: string;
  /** The answer, which solves the ticket. */
  answeredAt: string;
}

export interface FairPlan {
  /** The fair's days (YYYY-MM-DD in the organisation's zone), oldest first. */
  days: string[];
  shifts: FairShift[];
  calls: FairCall[];
  tickets: FairTicket[];
}

/** A small, seeded random number generator (mulberry32): the same fair on every machine. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC (ms) at an instant, read through Intl. */
function offsetAt(instant: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of a wall-clock minute of a day in the zone (the fair's zones keep no daylight saving in its hours). */
export function instantIn(day: string, minuteOfDay: number, timeZone: string): number {
  const naive = Date.parse(`${day}T00:00:00Z`) + minuteOfDay * 60_000;
  const guess = naive - offsetAt(naive, timeZone);
  return naive - offsetAt(guess, timeZone);
}

/** The day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayIn(instant: number, timeZone: string): string {
  return new Date(instant + offsetAt(instant, timeZone)).toISOString().slice(0, 10);
}

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const MORNING = { start: 8 * 60, end: 16 * 60 };
const EVENING = { start: 16 * 60, end: 24 * 60 };

const PUBLISHERS = ['Nashr-e Cheshmeh', 'Ofogh Books', 'Qoqnoos', 'Nashr-e Markaz', 'Sokhan', 'Kargadan', 'Niloofar'];
const BUYERS = ['Arash Nikpour', 'Shirin Farahani', 'Babak Ansari', 'Mina Ghasemi', 'Kaveh Yazdani', 'Parisa Shams'];
const PUBLISHER_TOPICS: readonly (readonly [string, string])[] = [
  ['Booth size for the fair', 'Our booth was registered at 12 m²; we asked for 24 m². Can it be changed?'],
  ['Virtual sale panel', 'We cannot upload our list to the virtual sale panel: the file is refused.'],
  ['Consignment contract', 'Where do we sign the consignment contract for the virtual section?'],
  ['Card reader for the booth', 'The card reader for our booth has not been defined yet.'],
];
const BUYER_TOPICS: readonly (readonly [string, string])[] = [
  ['Subsidy not applied', 'The student subsidy was not applied to my basket at checkout.'],
  ['Parcel not arrived', 'I ordered three books in the virtual sale ten days ago; nothing has arrived.'],
  ['Membership code', 'The membership code never reached my phone.'],
];
const ANSWERS = {
  publisher: 'Thank you — this is done on our side; please check the publishers’ panel again.',
  buyer: 'Thank you for writing — we have fixed it and the post office has your parcel’s new tracking code.',
};

/** Minutes into a shift, busiest in its first half (the fair's mornings and early evenings). */
function minuteInShift(random: () => number, shift: { start: number; end: number }): number {
  const skewed = Math.min(random(), random(), random() * 1.4);
  return shift.start + 5 + Math.floor(skewed * (shift.end - shift.start - 40));
}

const at = (day: string, minute: number, timeZone: string, seconds = 0) =>
  new Date(instantIn(day, minute, timeZone) + seconds * 1000).toISOString();

/** The fair that ended yesterday (`today` in the organisation's zone). */
export function planDemoFair(today: string, timeZone: string): FairPlan {
  const random = randomFrom(36_1404);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const days = FAIR_STAFFING.map((_, index) => shiftDay(today, index - FAIR_DAYS));
  const plan: FairPlan = { days, shifts: [], calls: [], tickets: [] };

  days.forEach((day, d) => {
    const staffing = FAIR_STAFFING[d]!;
    const mornings = staffing <= 3 ? staffing : Math.ceil(staffing * 0.6);
    const onDuty = FAIR_AGENTS.slice(0, staffing).map((agent, index) => ({
      agent,
      shift: index < mornings ? MORNING : EVENING,
    }));
    for (const { agent, shift } of onDuty) {
      const signIn = shift.start - 10 + Math.floor(random() * 15);
      const signOut = shift.end - 5 - Math.floor(random() * 20);
      plan.shifts.push({
        key: `fair-${d}-${agent.username}`,
        agentId: agent.id,
        signedInAt: at(day, signIn, timeZone),
        onlineAt: at(day, signIn + 2, timeZone),
        offlineAt: at(day, signOut, timeZone),
      });
    }
    const agentAt = (shift: { start: number }) => {
      const working = onDuty.filter((entry) => entry.shift.start === shift.start);
      return pick(working.length > 0 ? working : onDuty).agent;
    };
    const shiftOf = () => (onDuty.some((entry) => entry.shift === EVENING) && random() < 0.4 ? EVENING : MORNING);

    const callsIn = Math.round(staffing * CALLS_IN_PER_AGENT);
    const callsOut = Math.round(staffing * CALLS_OUT_PER_AGENT);
    for (let n = 0; n < callsIn + callsOut; n++) {
      const inbound = n < callsIn;
      const shift = shiftOf();
      const minute = minuteInShift(random, shift);
      const wait = 4 + Math.floor(random() * (staffing <= 4 ? 70 : 35));
      const abandoned = inbound && random() < (staffing <= 4 ? 0.22 : 0.1);
      const talk = 60 + Math.floor(random() * 420);
      const type = random() < 0.55 ? 'publisher' : 'buyer';
      const wrapped = !abandoned && random() < 0.5;
      plan.calls.push({
        pbxCallId: `fair-${d}-call-${n}`,
        direction: inbound ? 'IN' : 'OUT',
        number: `+98912${String(1_000_000 + Math.floor(random() * 8_999_999))}`,
        agentId: agentAt(shift).id,
        source: inbound ? 'CTI' : 'MANUAL',
        rangAt: at(day, minute, timeZone),
        answeredAt: abandoned ? null : at(day, minute, timeZone, inbound ? wait : 0),
        endedAt: at(day, minute, timeZone, abandoned ? wait : (inbound ? wait : 0) + talk),
        requesterType: wrapped || !inbound ? type : null,
        topic: wrapped || !inbound ? pick(type === 'publisher' ? PUBLISHER_TOPICS : BUYER_TOPICS)[0] : null,
      });
    }

    const ticketsToday = Math.round(staffing * TICKETS_PER_AGENT);
    const channels: FairTicket['channel'][] = [
      ...Array<FairTicket['channel']>(ticketsToday).fill('WEB_FORM'),
      ...Array<FairTicket['channel']>(MAIL_PER_DAY[d]!).fill('EMAIL'),
      ...Array<FairTicket['channel']>(LETTERS_PER_DAY[d]!).fill('LETTER'),
    ];
    channels.forEach((channel, n) => {
      const requesterType = channel === 'LETTER' || random() < 0.56 ? 'publisher' : 'buyer';
      const [subject, text] = pick(requesterType === 'publisher' ? PUBLISHER_TOPICS : BUYER_TOPICS);
      const name = requesterType === 'publisher' ? pick(PUBLISHERS) : pick(BUYERS);
      const shift = shiftOf();
      const minute = minuteInShift(random, shift);
      // Answered in minutes on a busy day, the next morning on a quiet one; always in working hours, before today.
      const lastMinute = (FAIR_DAYS - d) * 1440 - 2;
      let answerMinute = minute + 10 + Math.floor(random() * (staffing <= 4 ? 1500 : 480));
      if (answerMinute % 1440 < MORNING.start) answerMinute += MORNING.start - (answerMinute % 1440) + 20;
      const answerAfter = Math.min(answerMinute, lastMinute) - minute;
      const key = `fair-${d}-ticket-${n}`;
      plan.tickets.push({
        key,
        channel,
        requesterType,
        requester: {
          name: channel === 'LETTER' ? 'Fair secretariat' : name,
          email: channel === 'LETTER' ? null : `${key}@fair.example`,
        },
        subject: channel === 'LETTER' ? `Secretariat: ${subject}` : subject,
        text,
        answer: ANSWERS[requesterType],
        agentId: agentAt(shift).id,
        openedAt: at(day, minute, timeZone),
        answeredAt: at(day, minute + answerAfter, timeZone),
      });
    });
  });
  return plan;
}

/** The plan's figures as the dashboard counts them (for the seed's report and its tests). */
export function fairTotals(plan: FairPlan) {
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    inboundCalls: count(plan.calls, (call) => call.direction === 'IN'),
    outboundCalls: count(plan.calls, (call) => call.direction === 'OUT'),
    abandonedCalls: count(plan.calls, (call) => call.answeredAt === null),
    tickets: count(plan.tickets, (ticket) => ticket.channel === 'WEB_FORM'),
    emails: count(plan.tickets, (ticket) => ticket.channel === 'EMAIL'),
    letters: count(plan.tickets, (ticket) => ticket.channel === 'LETTER'),
    personDays: plan.shifts.length,
  };
}
