/**
 * The operations settings as the admin edits them, pure: drafts made from the settings, what is
 * wrong with a draft before it is sent (the domain's own rules), and the inputs the api takes.
 */
import {
  OPERATIONS_LIMITS,
  isMinTalkSeconds,
  isServiceLevelSeconds,
  requesterTypeGroups,
  shiftsProblem,
  type OperationsErrorReason,
} from '@deskstream/operations-domain';
import type { OperationsSettingsFieldsFragment as Settings } from '../generated/graphql';

export interface ShiftDraft {
  key: string;
  name: { fa: string; en: string; ja: string; vi: string };
  /** Whole hours: start 0–23, end 1–24. */
  start: number;
  end: number;
}

export interface DefinitionsDraft {
  answeredMinTalkSeconds: number;
  serviceLevelSeconds: number;
  requesterTypes: { key: string; group: string }[];
}

export type ShiftsProblem = 'shifts' | 'key' | 'name' | 'time' | 'overlap';
export type DefinitionsProblem = 'minTalk' | 'serviceLevel' | 'group';

const hourOf = (time: string) => Number(time.slice(0, 2));
export const timeOf = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export const shiftDrafts = (settings: Settings): ShiftDraft[] =>
  settings.shifts.map((shift) => ({
    key: shift.key,
    name: { fa: shift.name.fa, en: shift.name.en, ja: shift.name.ja, vi: shift.name.vi },
    start: hourOf(shift.start),
    end: hourOf(shift.end),
  }));

/** A new shift after the last one (an hour after it ends), with a key not yet taken. */
export function newShift(shifts: readonly ShiftDraft[]): ShiftDraft {
  const taken = new Set(shifts.map((shift) => shift.key));
  let number = shifts.length + 1;
  while (taken.has(`shift-${number}`)) number++;
  const start = (shifts.at(-1)?.end ?? 8) % 24;
  return { key: `shift-${number}`, name: { fa: '', en: '', ja: '', vi: '' }, start, end: Math.min(start + 1, 24) };
}

const SHIFT_PROBLEMS: Partial<Record<OperationsErrorReason, ShiftsProblem>> = {
  OPERATIONS_SHIFTS_INVALID: 'shifts',
  OPERATIONS_SHIFT_KEY_INVALID: 'key',
  OPERATIONS_SHIFT_NAME_INVALID: 'name',
  OPERATIONS_SHIFT_TIME_INVALID: 'time',
  OPERATIONS_SHIFTS_OVERLAP: 'overlap',
};

export const shiftsInput = (shifts: readonly ShiftDraft[]) =>
  shifts.map((shift) => ({
    key: shift.key.trim(),
    name: {
      fa: shift.name.fa.trim(),
      en: shift.name.en.trim(),
      ja: shift.name.ja.trim(),
      vi: shift.name.vi.trim(),
    },
    start: timeOf(shift.start),
    end: timeOf(shift.end),
  }));

export function shiftsDraftProblem(shifts: readonly ShiftDraft[]): ShiftsProblem | null {
  const reason = shiftsProblem(shiftsInput(shifts));
  return reason === null ? null : (SHIFT_PROBLEMS[reason] ?? 'shifts');
}

/** Every requester type the tickets know or the definitions map, each with its group (itself when unmapped). */
export function definitionsDraft(settings: Settings): DefinitionsDraft {
  const groups = new Map(settings.requesterTypes.map((entry) => [entry.key, entry.group]));
  const keys = [...new Set([...settings.knownRequesterTypes, ...groups.keys()])];
  return {
    answeredMinTalkSeconds: settings.answeredMinTalkSeconds,
    serviceLevelSeconds: settings.serviceLevelSeconds,
    requesterTypes: keys.map((key) => ({ key, group: groups.get(key) ?? key })),
  };
}

export function definitionsDraftProblem(draft: DefinitionsDraft): DefinitionsProblem | null {
  if (!isMinTalkSeconds(draft.answeredMinTalkSeconds)) return 'minTalk';
  if (!isServiceLevelSeconds(draft.serviceLevelSeconds)) return 'serviceLevel';
  if (requesterTypeGroups(draft.requesterTypes) === null) return 'group';
  return null;
}

/** Only the types reported under another name are sent: the rest report as themselves. */
export const definitionsInput = (draft: DefinitionsDraft) => ({
  answeredMinTalkSeconds: draft.answeredMinTalkSeconds,
  serviceLevelSeconds: draft.serviceLevelSeconds,
  requesterTypes: draft.requesterTypes
    .map((entry) => ({ key: entry.key.trim(), group: entry.group.trim() }))
    .filter((entry) => entry.group !== entry.key),
});

export const LIMITS = OPERATIONS_LIMITS;
