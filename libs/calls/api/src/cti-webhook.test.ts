import { describe, expect, it } from 'vitest';
import { ctiCallId, ctiCommand } from './cti-webhook';
import type { CallStaff } from './ports';

const staff: CallStaff = {
  nameOf: () => undefined,
  match: (name) =>
    ({ 'sara ahmadi': 'sara-id', sara: 'sara-id', 'yuki tanaka': 'yuki-id' })[name.trim().toLowerCase()] ?? null,
};
const at = '2026-03-09T10:00:00.000Z';
const command = (fields: Record<string, unknown>) => ctiCommand(fields, { staff, phoneCountry: 'DE' }, at);

describe('a CTI event as a command', () => {
  it('reads Zammad’s fields: the call, its direction, numbers, users matched to staff, queue and cause', () => {
    const result = command({
      event: 'answer',
      callId: 'abc-1',
      direction: 'in',
      from: '030 55571600',
      to: '+49 30 123456',
      'user[]': ['Sara Ahmadi', 'Someone Else', 'Yuki Tanaka'],
      queue: 'helpdesk',
      answeringNumber: 'sara',
    });
    expect(result).toMatchObject({
      type: 'RecordCtiEvent',
      data: {
        callId: ctiCallId('abc-1'),
        event: 'answer',
        pbxCallId: 'abc-1',
        direction: 'IN',
        from: { raw: '030 55571600', e164: '+493055571600' },
        to: { raw: '+49 30 123456', e164: '+4930123456' },
        users: ['Sara Ahmadi', 'Someone Else', 'Yuki Tanaka'],
        staffIds: ['sara-id', 'yuki-id'],
        answeringStaffId: 'sara-id',
        queue: 'helpdesk',
        at,
      },
    });
  });

  it('takes user as a string or a list, and OUT in any case', () => {
    expect(command({ event: 'newCall', callId: 'x', direction: 'OUT', user: 'Yuki Tanaka' })).toMatchObject({
      data: { direction: 'OUT', users: ['Yuki Tanaka'], staffIds: ['yuki-id'], answeringStaffId: null },
    });
  });

  it('says what is wrong with what is no CTI event', () => {
    expect(command({ event: 'ringing', callId: 'x', direction: 'in' })).toMatch(/Unknown event/);
    expect(command({ event: 'newCall', callId: 'x', direction: 'up' })).toBe('Invalid direction!');
    expect(command({ event: 'newCall', direction: 'in' })).toMatch(/callId/);
    expect(command({ event: 'newCall', callId: 'x'.repeat(251), direction: 'in' })).toMatch(/callId/);
    expect(command({ event: ['newCall'], callId: { a: 1 }, direction: 'in' })).toMatch(/callId/);
  });

  it('derives one call id per PBX call id, safe for a stream name', () => {
    expect(ctiCallId('abc-1')).toBe(ctiCallId('abc-1'));
    expect(ctiCallId('abc-1')).not.toBe(ctiCallId('abc-2'));
    expect(ctiCallId('ü/ß 1')).toMatch(/^cti-[A-Za-z0-9_-]{27}$/);
  });
});
