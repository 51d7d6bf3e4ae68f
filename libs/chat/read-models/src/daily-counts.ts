/**
 * Per-day figures for supervisors, by the UTC day a chat was requested (or a question asked):
 * chats started, answered (accepted by an agent), missed (closed before anyone accepted),
 * offline questions, and the median wait and first-response time in seconds.
 */

export interface DayFigures {
  day: string;
  chatsStarted: number;
  chatsAnswered: number;
  chatsMissed: number;
  offlineQuestions: number;
  offlineQuestionsAnswered: number;
  medianWaitSeconds: number | null;
  medianFirstResponseSeconds: number | null;
}

interface Day {
  started: number;
  answered: number;
  missed: number;
  questions: number;
  questionsAnswered: number;
  waitsMs: number[];
  firstResponsesMs: number[];
}

export const dayOf = (iso: string) => iso.slice(0, 10);

export class DailyCounts {
  private readonly days = new Map<string, Day>();

  chatStarted(requestedAt: string): void {
    this.day(requestedAt).started++;
  }

  chatAnswered(requestedAt: string, acceptedAt: string): void {
    const day = this.day(requestedAt);
    day.answered++;
    day.waitsMs.push(Math.max(0, Date.parse(acceptedAt) - Date.parse(requestedAt)));
  }

  chatMissed(requestedAt: string): void {
    this.day(requestedAt).missed++;
  }

  firstResponse(requestedAt: string, respondedAt: string): void {
    this.day(requestedAt).firstResponsesMs.push(Math.max(0, Date.parse(respondedAt) - Date.parse(requestedAt)));
  }

  questionAsked(askedAt: string): void {
    this.day(askedAt).questions++;
  }

  questionAnswered(askedAt: string): void {
    this.day(askedAt).questionsAnswered++;
  }

  /** Every day from `from` to `to` (YYYY-MM-DD, inclusive), zeros included. */
  between(from: string, to: string): DayFigures[] {
    const figures: DayFigures[] = [];
    for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000) {
      const key = new Date(time).toISOString().slice(0, 10);
      const day = this.days.get(key);
      figures.push({
        day: key,
        chatsStarted: day?.started ?? 0,
        chatsAnswered: day?.answered ?? 0,
        chatsMissed: day?.missed ?? 0,
        offlineQuestions: day?.questions ?? 0,
        offlineQuestionsAnswered: day?.questionsAnswered ?? 0,
        medianWaitSeconds: medianSeconds(day?.waitsMs ?? []),
        medianFirstResponseSeconds: medianSeconds(day?.firstResponsesMs ?? []),
      });
    }
    return figures;
  }

  private day(iso: string): Day {
    const key = dayOf(iso);
    let day = this.days.get(key);
    if (!day) {
      day = { started: 0, answered: 0, missed: 0, questions: 0, questionsAnswered: 0, waitsMs: [], firstResponsesMs: [] };
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
