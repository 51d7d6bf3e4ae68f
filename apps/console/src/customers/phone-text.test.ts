import { describe, expect, it } from 'vitest';
import { phoneForReading } from './phone-text';

describe('a phone number as people read it', () => {
  it('is in international format, in Persian digits in Persian, its groups kept in order', () => {
    expect(phoneForReading('+989121234567', 'en')).toBe('+98 912 123 4567');
    expect(phoneForReading('+98 912 123 4567', 'ja')).toBe('+98 912 123 4567');
    expect(phoneForReading('+989121234567', 'fa')).toBe('+۹۸ \u200E۹۱۲ \u200E۱۲۳ \u200E۴۵۶۷');
    expect(phoneForReading('unknown', 'fa')).toBe('unknown');
  });
});
