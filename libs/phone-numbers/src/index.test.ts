import { describe, expect, it } from 'vitest';
import { displayPhone, toE164, westernDigits } from './index';

describe('toE164', () => {
  it('reads international numbers in every shape people and PBXs write them', () => {
    for (const text of [
      '+98 912 345 6789',
      '+98-912-345-6789',
      '00989123456789',
      '+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹',
      '(+98) 912.345.6789',
    ])
      expect(toE164(text), text).toBe('+989123456789');
  });

  it("reads national numbers only with the organisation's country", () => {
    expect(toE164('0912 345 6789', { country: 'IR' })).toBe('+989123456789');
    expect(toE164('۰۹۱۲۳۴۵۶۷۸۹', { country: 'ir' })).toBe('+989123456789');
    expect(toE164('030 5557 1600', { country: 'DE' })).toBe('+493055571600');
    expect(toE164('0912 345 6789')).toBeNull();
    expect(toE164('0912 345 6789', { country: 'XX' })).toBeNull();
  });

  it('reads bare digits as international only when asked to (as a PBX sends them)', () => {
    expect(toE164('493055571600')).toBeNull();
    expect(toE164('493055571600', { bareInternational: true })).toBe('+493055571600');
    expect(toE164('3055571600', { country: 'DE', bareInternational: true })).toBe('+493055571600');
  });

  it('answers null for what is no number', () => {
    for (const text of ['', '   ', 'anonymous', '1-800-FLOWERS', '+98 912', '+'.padEnd(80, '1'), '12+34'])
      expect(toE164(text, { country: 'IR', bareInternational: true }), text).toBeNull();
  });
});

describe('westernDigits and displayPhone', () => {
  it('fold Persian and Arabic-Indic digits and write E.164 as people do', () => {
    expect(westernDigits('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩')).toBe('0123456789 0123456789');
    expect(displayPhone('+989123456789')).toBe('+98 912 345 6789');
    expect(displayPhone('not a number')).toBe('not a number');
  });
});
