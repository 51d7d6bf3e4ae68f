/**
 * Per-day figures for supervisors, by the day a chat was requested (or a question asked) in the
 * organisation's time zone: chats started, answered (accepted by an agent), missed (closed
 * before anyone accepted, the abandoned ones included), abandoned (the visitor left while
 * waiting), offline questions, the median wait and first-response time in seconds, and the
 * visitors' ratings; and the same answered chats and ratings per agent.
 */
import { isGoodRating } from '@deskstream/chat-domain';
import { keptState, keptValue } from '@deskstream/event-sourcing';

export interface DayFigures {
  day: string;
  chatsStarted: number;
  chatsAnswered: number;
  chatsMissed: number;
  chatsAbandoned: number;
  offlineQuestions: number;
  offlineQuestionsAnswered: number;
  medianWaitSeconds: number | null;
  medianFirstResponseSeconds: number | null;
  ratings: number;
  averageRating: number | null;
  goodRatingShare: number | null;
}

export interface AgentFigures {
  agentId: string;
  chatsAnswered: number;
  ratings: number;
  averageRating: number | null;
  goodRatingShare: number | null;
}

interface Day {
  started: number;
  answered: number;
  missed: number;
  abandoned: number;
  questions: number;
  questionsAnswered: number;
  waitsMs: number[];
  firstResponsesMs: number[];
  scores: number[];
  /** Per agent: chats they accepted first, and the scores of chats they held when rated. */
  agents: Map<string, { answered: number; scores: number[] }>;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone (an IANA name such as Asia/Tehran). */
export function dayIn(iso: string, timeZone = 'UTC'): string {
  if (timeZone === 'UTC') return new Date(iso).toISOString().slice(0, 10);
  let format = formats.get(timeZone);
  if (!format)
    formats.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The UTC day of an ISO time (the old name; figures use `dayIn` with the organisation's zone). */
export const dayOf = (iso: string) => iso.slice(0, 10);

/** Every calendar day from `from` to `to` (YYYY-MM-DD, inclusive). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000)
    days.push(new Date(time).toISOString().slice(0, 10));
  return days;
}

const average = (scores: readonly number[]) =>
  scores.length === 0 ? null : Math.round((scores.reduce((sum, each) => sum + each, 0) / scores.length) * 100) / 100;
const goodShare = (scores: readonly number[]) =>
  scores.length === 0 ? null : Math.round((scores.filter(isGoodRating).length / scores.length) * 1000) / 1000;

export class DailyCounts {
  private readonly days = new Map<string, Day>();

  /** `timeZone`: the organisation's, in which days begin and end. */
  constructor(readonly timeZone = 'UTC') {}

  /** Its state for durable snapshots: days counted in another time zone are refused (and replayed). */
  readonly kept = keptState({
    days: this.days,
    timeZone: keptValue(
      () => this.timeZone,
      () => undefined,
      (value) => value === this.timeZone,
    ),
  });

  /** The day an instant falls on, in the organisation's time zone. */
  dayOf(iso: string): string {
    return dayIn(iso, this.timeZone);
  }

  chatStarted(requestedAt: string): void {
    this.day(requestedAt).started++;
  }

  chatAnswered(requestedAt: string, acceptedAt: string, agentId?: string): void {
    const day = this.day(requestedAt);
    day.answered++;
    day.waitsMs.push(Math.max(0, Date.parse(acceptedAt) - Date.parse(requestedAt)));
    if (agentId !== undefined) this.agent(day, agentId).answered++;
  }

  chatMissed(requestedAt: string, abandoned = false): void {
    const day = this.day(requestedAt);
    day.missed++;
    if (abandoned) day.abandoned++;
  }

  firstResponse(requestedAt: string, respondedAt: string): void {
    this.day(requestedAt).firstResponsesMs.push(Math.max(0, Date.parse(respondedAt) - Date.parse(requestedAt)));
  }

  chatRated(requestedAt: string, score: number, agentId: string | null): void {
    const day = this.day(requestedAt);
    day.scores.push(score);
    if (agentId !== null) this.agent(day, agentId).scores.push(score);
  }

  questionAsked(askedAt: string): void {
    this.day(askedAt).questions++;
  }

  questionAnswered(askedAt: string): void {
    this.day(askedAt).questionsAnswered++;
  }

  /** Every day from `from` to `to` (YYYY-MM-DD, inclusive), zeros included. */
  between(from: string, to: string): DayFigures[] {
    return daysBetween(from, to).map((key) => {
      const day = this.days.get(key);
      const scores = day?.scores ?? [];
      return {
        day: key,
        chatsStarted: day?.started ?? 0,
        chatsAnswered: day?.answered ?? 0,
        chatsMissed: day?.missed ?? 0,
        chatsAbandoned: day?.abandoned ?? 0,
        offlineQuestions: day?.questions ?? 0,
        offlineQuestionsAnswered: day?.questionsAnswered ?? 0,
        medianWaitSeconds: medianSeconds(day?.waitsMs ?? []),
        medianFirstResponseSeconds: medianSeconds(day?.firstResponsesMs ?? []),
        ratings: scores.length,
        averageRating: average(scores),
        goodRatingShare: goodShare(scores),
      };
    });
  }

  /** Each agent with answered or rated chats from `from` to `to`, the most answered first. */
  agentsBetween(from: string, to: string): AgentFigures[] {
    const totals = new Map<string, { answered: number; scores: number[] }>();
    for (const key of daysBetween(from, to)) {
      for (const [agentId, figures] of this.days.get(key)?.agents ?? []) {
        const total = totals.get(agentId) ?? { answered: 0, scores: [] };
        total.answered += figures.answered;
        total.scores.push(...figures.scores);
        totals.set(agentId, total);
      }
    }
    return [...totals]
      .map(([agentId, { answered, scores }]) => ({
        agentId,
        chatsAnswered: answered,
        ratings: scores.length,
        averageRating: average(scores),
        goodRatingShare: goodShare(scores),
      }))
      .sort((a, b) => b.chatsAnswered - a.chatsAnswered || a.agentId.localeCompare(b.agentId));
  }

  private agent(day: Day, agentId: string): { answered: number; scores: number[] } {
    let figures = day.agents.get(agentId);
    if (!figures) day.agents.set(agentId, (figures = { answered: 0, scores: [] }));
    return figures;
  }

  private day(iso: string): Day {
    const key = this.dayOf(iso);
    let day = this.days.get(key);
    if (!day) {
      day = {
        started: 0,
        answered: 0,
        missed: 0,
        abandoned: 0,
        questions: 0,
        questionsAnswered: 0,
        waitsMs: [],
        firstResponsesMs: [],
        scores: [],
        agents: new Map(),
      };
      this.days.set(key, day);
    }
    return day;
  }
}

export function medianSeconds(valuesMs: readonly number[]): number | null {
  if (valuesMs.length === 0) return null;
  const sorted = [...valuesMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const ms = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(ms / 100) / 10;
}
