/**
 * Branches and topics: opened or defined once, renamed, given their own rules; branches also get
 * closures. Pure deciders; the input is checked here, so a bad value never reaches the store.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type {
  BookingActor,
  BookingRulesPatch,
  BranchEvent,
  LocalizedText,
  SessionMode,
  TopicEvent,
} from './bookings-events';
import { rulesPatchIsValid } from './booking-rules';
import { reject, type BookingsRejection } from './errors';
import { checkAddress, checkDayRange, checkModes, checkNames, checkNote, isTimeZone } from './input-rules';

export interface BranchSettings {
  name: LocalizedText;
  timeZone: string;
  modes: SessionMode[];
  address: string;
}

export type BranchCommand =
  | { type: 'OpenBranch'; data: BranchSettings & { branchId: string; at: string; by: BookingActor } }
  | { type: 'ChangeBranch'; data: BranchSettings & { branchId: string; at: string; by: BookingActor } }
  | { type: 'SetBranchRules'; data: { branchId: string; rules: BookingRulesPatch; at: string; by: BookingActor } }
  | {
      type: 'AddBranchClosure';
      data: {
        branchId: string;
        closureId: string;
        from: string;
        to: string;
        note: string;
        at: string;
        by: BookingActor;
      };
    }
  | { type: 'RemoveBranchClosure'; data: { branchId: string; closureId: string; at: string; by: BookingActor } };

export interface BranchState {
  opened: boolean;
  closureIds: Set<string>;
}

function checkSettings(settings: BranchSettings): BookingsRejection | undefined {
  if (!isTimeZone(settings.timeZone)) return reject('BOOKING_TIME_ZONE_INVALID');
  return checkNames(settings.name) ?? checkModes(settings.modes) ?? checkAddress(settings.address);
}

const trimmedNames = (name: LocalizedText): LocalizedText => ({
  fa: name.fa.trim(),
  en: name.en.trim(),
  ja: name.ja.trim(),
  vi: name.vi.trim(),
});

export const branchDecider: Decider<BranchCommand, BranchEvent, BranchState, BookingsRejection> = {
  initialState: () => ({ opened: false, closureIds: new Set() }),
  evolve(state, event) {
    switch (event.type) {
      case 'BookingBranchOpened':
        return { ...state, opened: true };
      case 'BookingBranchChanged':
      case 'BookingBranchRulesSet':
        return state;
      case 'BookingBranchClosureAdded':
        return { ...state, closureIds: new Set([...state.closureIds, event.data.closureId]) };
      case 'BookingBranchClosureRemoved': {
        const closureIds = new Set(state.closureIds);
        closureIds.delete(event.data.closureId);
        return { ...state, closureIds };
      }
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    if (command.type === 'OpenBranch') {
      if (state.opened) return reject('BOOKING_BRANCH_EXISTS');
      const problem = checkSettings(command.data);
      if (problem) return problem;
      return [
        {
          type: 'BookingBranchOpened',
          data: { ...command.data, name: trimmedNames(command.data.name), address: command.data.address.trim() },
        },
      ];
    }
    if (!state.opened) return reject('BOOKING_BRANCH_NOT_FOUND');
    switch (command.type) {
      case 'ChangeBranch': {
        const problem = checkSettings(command.data);
        if (problem) return problem;
        return [
          {
            type: 'BookingBranchChanged',
            data: { ...command.data, name: trimmedNames(command.data.name), address: command.data.address.trim() },
          },
        ];
      }
      case 'SetBranchRules':
        if (!rulesPatchIsValid(command.data.rules)) return reject('BOOKING_RULES_INVALID');
        return [{ type: 'BookingBranchRulesSet', data: command.data }];
      case 'AddBranchClosure': {
        const problem = checkDayRange(command.data.from, command.data.to) ?? checkNote(command.data.note);
        if (problem) return problem;
        return [{ type: 'BookingBranchClosureAdded', data: { ...command.data, note: command.data.note.trim() } }];
      }
      case 'RemoveBranchClosure':
        if (!state.closureIds.has(command.data.closureId)) return reject('BOOKING_CLOSURE_NOT_FOUND');
        return [{ type: 'BookingBranchClosureRemoved', data: command.data }];
      default:
        return assertNever(command);
    }
  },
};

export type TopicCommand =
  | { type: 'DefineTopic'; data: { topicId: string; name: LocalizedText; at: string; by: BookingActor } }
  | { type: 'ChangeTopic'; data: { topicId: string; name: LocalizedText; at: string; by: BookingActor } }
  | { type: 'SetTopicRules'; data: { topicId: string; rules: BookingRulesPatch; at: string; by: BookingActor } };

export interface TopicState {
  defined: boolean;
}

export const topicDecider: Decider<TopicCommand, TopicEvent, TopicState, BookingsRejection> = {
  initialState: () => ({ defined: false }),
  evolve(state, event) {
    switch (event.type) {
      case 'BookingTopicDefined':
        return { defined: true };
      case 'BookingTopicChanged':
      case 'BookingTopicRulesSet':
        return state;
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'DefineTopic':
        if (state.defined) return reject('BOOKING_TOPIC_EXISTS');
        return (
          checkNames(command.data.name) ?? [
            { type: 'BookingTopicDefined', data: { ...command.data, name: trimmedNames(command.data.name) } },
          ]
        );
      case 'ChangeTopic':
        if (!state.defined) return reject('BOOKING_TOPIC_NOT_FOUND');
        return (
          checkNames(command.data.name) ?? [
            { type: 'BookingTopicChanged', data: { ...command.data, name: trimmedNames(command.data.name) } },
          ]
        );
      case 'SetTopicRules':
        if (!state.defined) return reject('BOOKING_TOPIC_NOT_FOUND');
        if (!rulesPatchIsValid(command.data.rules)) return reject('BOOKING_RULES_INVALID');
        return [{ type: 'BookingTopicRulesSet', data: command.data }];
      default:
        return assertNever(command);
    }
  },
};
