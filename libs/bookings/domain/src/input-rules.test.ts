import { describe, expect, it } from 'vitest';
import { checkContact, checkDetails, instantOf, isLinkToken, isTimeZone } from './input-rules';

describe('patron input', () => {
  it('needs an email or a phone, checks both, and keeps the phone in E.164', () => {
    expect(checkContact({})).toMatchObject({ code: 'BOOKING_CONTACT_REQUIRED' });
    expect(checkContact({ email: ' ', phone: '' })).toMatchObject({ code: 'BOOKING_CONTACT_REQUIRED' });
    expect(checkContact({ email: 'not-an-address' })).toMatchObject({ code: 'BOOKING_EMAIL_INVALID' });
    expect(checkContact({ phone: '12' })).toMatchObject({ code: 'BOOKING_PHONE_INVALID' });
    expect(checkContact({ phone: '+1 (425) 555-0100' })).toEqual({ email: null, phone: '+14255550100' });
    expect(checkContact({ email: ' ana@example.org ', phone: '+98 21 6616 1234' })).toEqual({
      email: 'ana@example.org',
      phone: '+982166161234',
    });
    // Read as every context reads numbers: Persian digits and a 00 prefix mean the same number.
    expect(checkContact({ phone: '۰۰۹۸ ۲۱ ۶۶۱۶ ۱۲۳۴' })).toEqual({ email: null, phone: '+982166161234' });
  });

  it('checks details, tokens, instants and zones', () => {
    expect(checkDetails('  ')).toMatchObject({ code: 'BOOKING_DETAILS_INVALID' });
    expect(checkDetails('x'.repeat(2001))).toMatchObject({ code: 'BOOKING_DETAILS_INVALID' });
    expect(checkDetails('Help with my e-reader')).toBeUndefined();
    expect(isLinkToken('short')).toBe(false);
    expect(isLinkToken('a'.repeat(22))).toBe(true);
    expect(isLinkToken(`${'a'.repeat(22)}/`)).toBe(false);
    expect(instantOf('2026-03-08T10:00:00-08:00')).toBe(Date.parse('2026-03-08T18:00:00Z'));
    expect(instantOf('2026-03-08 10:00')).toBeNaN();
    expect(instantOf('tomorrow')).toBeNaN();
    expect(instantOf('2026-02-30T10:00:00Z')).toBeNaN();
    expect(instantOf('2026-03-08T24:00:00Z')).toBeNaN();
    expect(isTimeZone('America/Los_Angeles')).toBe(true);
    expect(isTimeZone('UTC+3')).toBe(false);
  });
});
