import type { CallDirection, CallOutcome, LogCallInput } from '../generated/graphql';
import { durationFrom } from './call-duration';

export interface LogCallDraft {
  direction: CallDirection;
  number: string;
  /** `YYYY-MM-DDTHH:mm` in the agent's own clock (a `datetime-local` field). */
  startedAt: string;
  minutes: string;
  seconds: string;
  outcome: CallOutcome;
  topic: string;
  requesterType: string;
  notes: string;
}

/** The form's `datetime-local` value for a moment, in the agent's own clock. */
export function localInputValue(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function emptyLogCall(now: Date): LogCallDraft {
  return {
    direction: 'IN',
    number: '',
    startedAt: localInputValue(now),
    minutes: '',
    seconds: '',
    outcome: 'ANSWERED',
    topic: '',
    requesterType: '',
    notes: '',
  };
}

/** What is wrong before the call may be logged, as `calls.log.invalid.*` keys by field. */
export function logCallProblems(draft: LogCallDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.number.trim()) problems.number = 'number';
  if (!draft.startedAt || Number.isNaN(new Date(draft.startedAt).getTime())) problems.startedAt = 'startedAt';
  if (durationFrom(draft.minutes, draft.seconds) === null) problems.duration = 'duration';
  return problems;
}

const orNull = (text: string) => text.trim() || null;

/** The `logCall` input the draft stands for (the start as a UTC instant). */
export function logCallInput(draft: LogCallDraft): LogCallInput {
  return {
    direction: draft.direction,
    number: draft.number.trim(),
    startedAt: new Date(draft.startedAt).toISOString(),
    durationSeconds: durationFrom(draft.minutes, draft.seconds) ?? 0,
    outcome: draft.outcome,
    topic: orNull(draft.topic),
    requesterType: orNull(draft.requesterType),
    notes: orNull(draft.notes),
  };
}
