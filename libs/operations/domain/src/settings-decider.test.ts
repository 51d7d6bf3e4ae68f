import { deciderSpec } from '@deskstream/domain-kit/testing';
import { describe, expect, it } from 'vitest';
import { hourShifts, shiftHours, shiftsProblem } from './input-rules';
import {
  DEFAULT_SHIFTS,
  type OperationsActor,
  type OperationsSettingsEvent,
  type ShiftDefinition,
} from './operations-events';
import { operationsSettingsDecider } from './settings-decider';

const given = deciderSpec(operationsSettingsDecider);
const by: OperationsActor = { kind: 'staff', id: 'admin' };
const at = '2026-03-09T10:00:00.000Z';
const name = (en: string) => ({ fa: en, en, ja: en, vi: en });
const shift = (key: string, start: string, end: string): ShiftDefinition => ({ key, name: name(key), start, end });
const threeShifts = [
  shift('early', '06:00', '14:00'),
  shift('late', '14:00', '22:00'),
  shift('night', '22:00', '06:00'),
];

const shiftsDefined = (version: number, shifts: ShiftDefinition[]): OperationsSettingsEvent => ({
  type: 'OperationsShiftsDefined',
  data: { version, shifts, by, at },
});
const definitions = { answered: { minTalkSeconds: 10 }, serviceLevel: { answerWithinSeconds: 30 } };
const changed = (version: number): OperationsSettingsEvent => ({
  type: 'OperationsDefinitionsChanged',
  data: { version, ...definitions, requesterTypes: { publisher: 'publishers', exhibitor: 'publishers' }, by, at },
});
const change = (expectedVersion?: number) => ({
  type: 'ChangeDefinitions' as const,
  data: {
    ...definitions,
    requesterTypes: [
      { key: 'publisher', group: 'publishers' },
      { key: ' exhibitor ', group: 'publishers ' },
    ],
    expectedVersion,
    by,
    at,
  },
});

describe('operations settings', () => {
  it('defines shifts as a new version, and nothing when they are the same', () => {
    given([])
      .when({ type: 'DefineShifts', data: { shifts: threeShifts, by, at } })
      .then([shiftsDefined(1, threeShifts)]);
    given([shiftsDefined(1, threeShifts)])
      .when({ type: 'DefineShifts', data: { shifts: threeShifts, by, at } })
      .then([]);
    given([])
      .when({ type: 'DefineShifts', data: { shifts: [...DEFAULT_SHIFTS], by, at } })
      .then([]);
  });

  it('refuses shifts that overlap, are not on the hour, or are named badly', () => {
    const define = (shifts: ShiftDefinition[]) => ({ type: 'DefineShifts' as const, data: { shifts, by, at } });
    given([])
      .when(define([shift('a', '08:00', '16:00'), shift('b', '15:00', '24:00')]))
      .then('OPERATIONS_SHIFTS_OVERLAP');
    given([])
      .when(define([shift('a', '08:30', '16:00')]))
      .then('OPERATIONS_SHIFT_TIME_INVALID');
    given([])
      .when(define([shift('a', '08:00', '08:00')]))
      .then('OPERATIONS_SHIFT_TIME_INVALID');
    given([])
      .when(define([shift('a', '08:00', '25:00')]))
      .then('OPERATIONS_SHIFT_TIME_INVALID');
    given([])
      .when(define([shift('outside', '08:00', '16:00')]))
      .then('OPERATIONS_SHIFT_KEY_INVALID');
    given([])
      .when(define([shift('a', '08:00', '12:00'), shift('a', '12:00', '16:00')]))
      .then('OPERATIONS_SHIFT_KEY_INVALID');
    given([])
      .when(define([{ ...shift('a', '08:00', '16:00'), name: { ...name('a'), ja: ' ' } }]))
      .then('OPERATIONS_SHIFT_NAME_INVALID');
    given([]).when(define([])).then('OPERATIONS_SHIFTS_INVALID');
  });

  it('changes the definitions once, trimmed, and refuses a change made on an older version', () => {
    given([])
      .when(change())
      .then([changed(1)]);
    given([])
      .when(change(0))
      .then([changed(1)]);
    given([changed(1)])
      .when(change(0))
      .then([]);
    given([shiftsDefined(1, threeShifts)])
      .when(change(0))
      .then('OPERATIONS_SETTINGS_CHANGED');
    given([shiftsDefined(1, threeShifts)])
      .when(change(1))
      .then([changed(2)]);
  });

  it('refuses definitions out of range', () => {
    const base = change().data;
    given([])
      .when({ type: 'ChangeDefinitions', data: { ...base, answered: { minTalkSeconds: -1 } } })
      .then('OPERATIONS_ANSWERED_INVALID');
    given([])
      .when({ type: 'ChangeDefinitions', data: { ...base, serviceLevel: { answerWithinSeconds: 0 } } })
      .then('OPERATIONS_SERVICE_LEVEL_INVALID');
    given([])
      .when({
        type: 'ChangeDefinitions',
        data: { ...base, requesterTypes: [...base.requesterTypes, { key: 'publisher', group: 'x' }] },
      })
      .then('OPERATIONS_REQUESTER_TYPES_INVALID');
  });
});

describe('shift hours', () => {
  it('covers the hours from the start, past midnight when the end comes first', () => {
    expect(shiftHours({ start: '08:00', end: '16:00' })).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(shiftHours({ start: '16:00', end: '24:00' })).toEqual([16, 17, 18, 19, 20, 21, 22, 23]);
    expect(shiftHours({ start: '22:00', end: '02:00' })).toEqual([22, 23, 0, 1]);
    expect(shiftHours({ start: '00:00', end: '24:00' })).toHaveLength(24);
  });

  it('places each hour of the day in its shift, the hours past midnight on the previous day', () => {
    const table = hourShifts(threeShifts);
    expect(table[5]).toEqual({ key: 'night', previousDay: true });
    expect(table[6]).toEqual({ key: 'early', previousDay: false });
    expect(table[23]).toEqual({ key: 'night', previousDay: false });
    expect(hourShifts(DEFAULT_SHIFTS)[3]).toEqual({ key: 'outside', previousDay: false });
    expect(shiftsProblem(threeShifts)).toBeNull();
  });
});
