import { deciderSpec } from '@deskstream/domain-kit/testing';
import { describe, it } from 'vitest';
import type { BookingActor, BranchEvent, ExpertEvent } from './bookings-events';
import { NO_RULE_OVERRIDES } from './booking-rules';
import { branchDecider, topicDecider } from './branch-topic-deciders';
import { expertDecider } from './expert-decider';
import { bookingRequestDecider } from './request-decider';

const by: BookingActor = { kind: 'staff', id: 'admin', name: 'Admin' };
const at = '2026-03-01T00:00:00.000Z';
const name = { fa: 'مرکزی', en: 'Central', ja: '中央', vi: 'Trung tâm' };
const settings = { branchId: 'b1', name, timeZone: 'Asia/Tehran', modes: ['PHONE' as const], address: '', at, by };
const opened: BranchEvent = { type: 'BookingBranchOpened', data: settings };

describe('branches and topics', () => {
  it('opens a branch once, with a known time zone, names in four languages and modes', () => {
    deciderSpec(branchDecider)([]).when({ type: 'OpenBranch', data: settings }).then([opened]);
    deciderSpec(branchDecider)([opened]).when({ type: 'OpenBranch', data: settings }).then('BOOKING_BRANCH_EXISTS');
    deciderSpec(branchDecider)([])
      .when({ type: 'OpenBranch', data: { ...settings, timeZone: 'Mars/Olympus' } })
      .then('BOOKING_TIME_ZONE_INVALID');
    deciderSpec(branchDecider)([])
      .when({ type: 'OpenBranch', data: { ...settings, name: { ...name, ja: ' ' } } })
      .then('BOOKING_NAME_INVALID');
    deciderSpec(branchDecider)([])
      .when({ type: 'OpenBranch', data: { ...settings, modes: [] } })
      .then('BOOKING_MODES_INVALID');
  });

  it('checks rules and closures', () => {
    const rules = { ...NO_RULE_OVERRIDES, sessionMinutes: 5 };
    deciderSpec(branchDecider)([opened])
      .when({ type: 'SetBranchRules', data: { branchId: 'b1', rules, at, by } })
      .then('BOOKING_RULES_INVALID');
    const closure = { branchId: 'b1', closureId: 'c1', from: '2026-03-20', to: '2026-03-19', note: '', at, by };
    deciderSpec(branchDecider)([opened])
      .when({ type: 'AddBranchClosure', data: closure })
      .then('BOOKING_DATES_INVALID');
    deciderSpec(branchDecider)([opened])
      .when({ type: 'AddBranchClosure', data: { ...closure, from: '2026-02-30', to: '2026-03-01' } })
      .then('BOOKING_DATES_INVALID');
    deciderSpec(branchDecider)([opened])
      .when({ type: 'RemoveBranchClosure', data: { branchId: 'b1', closureId: 'c1', at, by } })
      .then('BOOKING_CLOSURE_NOT_FOUND');
  });

  it('defines a topic once', () => {
    const define = { type: 'DefineTopic' as const, data: { topicId: 't1', name, at, by } };
    deciderSpec(topicDecider)([])
      .when(define)
      .then([{ type: 'BookingTopicDefined', data: define.data }]);
    deciderSpec(topicDecider)([{ type: 'BookingTopicDefined', data: define.data }])
      .when(define)
      .then('BOOKING_TOPIC_EXISTS');
  });
});

describe('experts', () => {
  const enrolled: ExpertEvent = {
    type: 'ExpertEnrolled',
    data: { expertId: 'e1', displayName: 'Sara', branchId: 'b1', topicIds: ['t1'], at, by },
  };
  it('enrols a staff member with topics, and checks weekly hours', () => {
    deciderSpec(expertDecider)([])
      .when({ type: 'EnrolExpert', data: { ...enrolled.data, topicIds: [] } })
      .then('BOOKING_TOPICS_INVALID');
    deciderSpec(expertDecider)([enrolled])
      .when({ type: 'EnrolExpert', data: enrolled.data })
      .then('BOOKING_EXPERT_EXISTS');
    const hours = (weekly: { weekday: number; start: string; end: string }[]) => ({
      type: 'SetAvailability' as const,
      data: { expertId: 'e1', weekly, at, by },
    });
    deciderSpec(expertDecider)([enrolled])
      .when(hours([{ weekday: 1, start: '12:00', end: '09:00' }]))
      .then('BOOKING_HOURS_INVALID');
    deciderSpec(expertDecider)([enrolled])
      .when(hours([{ weekday: 8, start: '09:00', end: '12:00' }]))
      .then('BOOKING_HOURS_INVALID');
    deciderSpec(expertDecider)([enrolled])
      .when(
        hours([
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
        ]),
      )
      .then('BOOKING_HOURS_INVALID');
    const good = hours([{ weekday: 1, start: '09:00', end: '12:00' }]);
    deciderSpec(expertDecider)([enrolled])
      .when(good)
      .then([{ type: 'ExpertAvailabilitySet', data: good.data }]);
    deciderSpec(expertDecider)([]).when(good).then('BOOKING_EXPERT_NOT_FOUND');
  });
});

describe('waiting requests', () => {
  const waiting = {
    requestId: 'r1',
    topicId: 't1',
    preferredBranchId: 'b1',
    mode: 'PHONE' as const,
    patron: { name: null, email: null, phone: '+14255550100', locale: 'en' as const, timeZone: null },
    details: 'Genealogy',
    preferredTimes: 'mornings',
    reason: 'NO_EXPERT_FOR_TOPIC' as const,
    linkTokenHash: 'h',
    at,
  };
  const recorded = { type: 'BookingRequestWaiting' as const, data: waiting };
  it('is recorded once, picked up, assigned once, and not closed after', () => {
    const given = deciderSpec(bookingRequestDecider);
    given([]).when({ type: 'RecordWaitingRequest', data: waiting }).then([recorded]);
    given([recorded]).when({ type: 'RecordWaitingRequest', data: waiting }).then([]);
    const assign = { requestId: 'r1', bookingId: 'r1', expertId: 'e1', startsAt: at, at, by };
    const assigned = { type: 'BookingRequestAssigned' as const, data: assign };
    given([recorded]).when({ type: 'MarkRequestAssigned', data: assign }).then([assigned]);
    given([recorded, assigned]).when({ type: 'MarkRequestAssigned', data: assign }).then([]);
    given([recorded, assigned])
      .when({ type: 'CloseRequest', data: { requestId: 'r1', note: '', at, by } })
      .then('BOOKING_REQUEST_NOT_WAITING');
    given([])
      .when({ type: 'PickUpRequest', data: { requestId: 'r1', at, by } })
      .then('BOOKING_REQUEST_NOT_FOUND');
  });
});
