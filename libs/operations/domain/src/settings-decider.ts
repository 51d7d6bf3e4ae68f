/**
 * The operations settings (`operations-settings`): the shifts, and the definitions the figures
 * are counted by. Each change is a new version; a change to what holds already decides nothing
 * (a retried or repeated command), and a change made on an older version than the stream's is
 * refused, so two admins never overwrite each other unseen.
 */
import type { Decider } from '@deskstream/domain-kit';
import { reject, type OperationsRejection } from './errors';
import { isMinTalkSeconds, isServiceLevelSeconds, requesterTypeGroups, shiftsProblem } from './input-rules';
import {
  DEFAULT_ANSWERED,
  DEFAULT_SERVICE_LEVEL,
  DEFAULT_SHIFTS,
  type AnsweredDefinition,
  type OperationsActor,
  type OperationsSettingsEvent,
  type ServiceLevelDefinition,
  type ShiftDefinition,
} from './operations-events';

export type OperationsSettingsCommand =
  | {
      type: 'DefineShifts';
      data: { shifts: ShiftDefinition[]; expectedVersion?: number; by: OperationsActor; at: string };
    }
  | {
      type: 'ChangeDefinitions';
      data: {
        answered: AnsweredDefinition;
        serviceLevel: ServiceLevelDefinition;
        requesterTypes: { key: string; group: string }[];
        expectedVersion?: number;
        by: OperationsActor;
        at: string;
      };
    };

export interface OperationsSettingsState {
  /** 0 while nothing is recorded. */
  version: number;
  shifts: readonly ShiftDefinition[];
  answered: AnsweredDefinition;
  serviceLevel: ServiceLevelDefinition;
  requesterTypes: Readonly<Record<string, string>>;
  updatedAt: string | null;
}

export const initialOperationsSettings = (): OperationsSettingsState => ({
  version: 0,
  shifts: DEFAULT_SHIFTS,
  answered: DEFAULT_ANSWERED,
  serviceLevel: DEFAULT_SERVICE_LEVEL,
  requesterTypes: {},
  updatedAt: null,
});

export function evolveOperationsSettings(
  state: OperationsSettingsState,
  event: OperationsSettingsEvent,
): OperationsSettingsState {
  switch (event.type) {
    case 'OperationsShiftsDefined':
      return { ...state, version: event.data.version, shifts: event.data.shifts, updatedAt: event.data.at };
    case 'OperationsDefinitionsChanged':
      return {
        ...state,
        version: event.data.version,
        answered: event.data.answered,
        serviceLevel: event.data.serviceLevel,
        requesterTypes: event.data.requesterTypes,
        updatedAt: event.data.at,
      };
  }
}

const trimmedShift = (shift: ShiftDefinition): ShiftDefinition => ({
  key: shift.key.trim(),
  name: { fa: shift.name.fa.trim(), en: shift.name.en.trim(), ja: shift.name.ja.trim(), vi: shift.name.vi.trim() },
  start: shift.start,
  end: shift.end,
});

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const sameGroups = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  sameJson(Object.entries(a).sort(), Object.entries(b).sort());

export function decideOperationsSettings(
  command: OperationsSettingsCommand,
  state: OperationsSettingsState,
): OperationsSettingsEvent[] | OperationsRejection {
  const version = state.version + 1;
  if (command.type === 'DefineShifts') {
    const shifts = command.data.shifts.map(trimmedShift);
    const problem = shiftsProblem(shifts);
    if (problem) return reject(problem);
    if (sameJson(shifts, state.shifts)) return [];
    if (command.data.expectedVersion !== undefined && command.data.expectedVersion !== state.version)
      return reject('OPERATIONS_SETTINGS_CHANGED');
    return [{ type: 'OperationsShiftsDefined', data: { version, shifts, by: command.data.by, at: command.data.at } }];
  }
  const { answered, serviceLevel, by, at } = command.data;
  if (!isMinTalkSeconds(answered.minTalkSeconds)) return reject('OPERATIONS_ANSWERED_INVALID');
  if (!isServiceLevelSeconds(serviceLevel.answerWithinSeconds)) return reject('OPERATIONS_SERVICE_LEVEL_INVALID');
  const requesterTypes = requesterTypeGroups(command.data.requesterTypes);
  if (!requesterTypes) return reject('OPERATIONS_REQUESTER_TYPES_INVALID');
  const unchanged =
    answered.minTalkSeconds === state.answered.minTalkSeconds &&
    serviceLevel.answerWithinSeconds === state.serviceLevel.answerWithinSeconds &&
    sameGroups(requesterTypes, state.requesterTypes);
  if (unchanged) return [];
  if (command.data.expectedVersion !== undefined && command.data.expectedVersion !== state.version)
    return reject('OPERATIONS_SETTINGS_CHANGED');
  return [
    {
      type: 'OperationsDefinitionsChanged',
      data: {
        version,
        answered: { minTalkSeconds: answered.minTalkSeconds },
        serviceLevel: { answerWithinSeconds: serviceLevel.answerWithinSeconds },
        requesterTypes,
        by,
        at,
      },
    },
  ];
}

export const operationsSettingsDecider: Decider<
  OperationsSettingsCommand,
  OperationsSettingsEvent,
  OperationsSettingsState,
  OperationsRejection
> = {
  initialState: initialOperationsSettings,
  evolve: evolveOperationsSettings,
  decide: decideOperationsSettings,
};
