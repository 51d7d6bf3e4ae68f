/**
 * Experts: a staff member enrolled at a branch with topics, their weekly hours and absences, and
 * their withdrawal. The api checks that the staff member, the branch and the topics exist (they
 * are other streams) before it runs the command.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { AbsenceKind, BookingActor, ExpertEvent, WeeklyHours } from './bookings-events';
import { ABSENCE_KINDS } from './bookings-events';
import { reject, type BookingsRejection } from './errors';
import { checkDayRange, checkNote, checkWeeklyHours } from './input-rules';

export type ExpertCommand =
  | {
      type: 'EnrolExpert';
      data: {
        expertId: string;
        displayName: string;
        branchId: string;
        topicIds: string[];
        at: string;
        by: BookingActor;
      };
    }
  | {
      type: 'ChangeExpert';
      data: { expertId: string; branchId: string; topicIds: string[]; at: string; by: BookingActor };
    }
  | { type: 'SetAvailability'; data: { expertId: string; weekly: WeeklyHours[]; at: string; by: BookingActor } }
  | {
      type: 'AddAbsence';
      data: {
        expertId: string;
        absenceId: string;
        kind: AbsenceKind;
        from: string;
        to: string;
        note: string;
        at: string;
        by: BookingActor;
      };
    }
  | { type: 'RemoveAbsence'; data: { expertId: string; absenceId: string; at: string; by: BookingActor } }
  | { type: 'WithdrawExpert'; data: { expertId: string; at: string; by: BookingActor } };

export interface ExpertState {
  enrolled: boolean;
  active: boolean;
  absenceIds: Set<string>;
}

const checkTopics = (topicIds: readonly string[]) =>
  topicIds.length === 0 || topicIds.length > 50 || new Set(topicIds).size !== topicIds.length
    ? reject('BOOKING_TOPICS_INVALID')
    : undefined;

export const expertDecider: Decider<ExpertCommand, ExpertEvent, ExpertState, BookingsRejection> = {
  initialState: () => ({ enrolled: false, active: false, absenceIds: new Set() }),
  evolve(state, event) {
    switch (event.type) {
      case 'ExpertEnrolled':
        return { ...state, enrolled: true, active: true };
      case 'ExpertChanged':
      case 'ExpertAvailabilitySet':
        return state;
      case 'ExpertAbsenceAdded':
        return { ...state, absenceIds: new Set([...state.absenceIds, event.data.absenceId]) };
      case 'ExpertAbsenceRemoved': {
        const absenceIds = new Set(state.absenceIds);
        absenceIds.delete(event.data.absenceId);
        return { ...state, absenceIds };
      }
      case 'ExpertWithdrawn':
        return { ...state, active: false };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    if (command.type === 'EnrolExpert') {
      if (state.active) return reject('BOOKING_EXPERT_EXISTS');
      return checkTopics(command.data.topicIds) ?? [{ type: 'ExpertEnrolled', data: command.data }];
    }
    if (!state.enrolled) return reject('BOOKING_EXPERT_NOT_FOUND');
    switch (command.type) {
      case 'ChangeExpert':
        return checkTopics(command.data.topicIds) ?? [{ type: 'ExpertChanged', data: command.data }];
      case 'SetAvailability':
        return checkWeeklyHours(command.data.weekly) ?? [{ type: 'ExpertAvailabilitySet', data: command.data }];
      case 'AddAbsence': {
        if (!ABSENCE_KINDS.includes(command.data.kind)) return reject('BOOKING_DATES_INVALID');
        const problem = checkDayRange(command.data.from, command.data.to) ?? checkNote(command.data.note);
        if (problem) return problem;
        return [{ type: 'ExpertAbsenceAdded', data: { ...command.data, note: command.data.note.trim() } }];
      }
      case 'RemoveAbsence':
        if (!state.absenceIds.has(command.data.absenceId)) return reject('BOOKING_ABSENCE_NOT_FOUND');
        return [{ type: 'ExpertAbsenceRemoved', data: command.data }];
      case 'WithdrawExpert':
        return state.active ? [{ type: 'ExpertWithdrawn', data: command.data }] : [];
      default:
        return assertNever(command);
    }
  },
};
