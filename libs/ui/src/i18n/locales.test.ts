import { describe, expect, it } from 'vitest';
import { directionOf, intlTagOf, isLocale, matchLocale, SUPPORTED_LOCALES, textIn } from './locales';

describe('locales', () => {
  it('speaks Persian, English, Japanese and Vietnamese', () => {
    expect([...SUPPORTED_LOCALES]).toEqual(['fa', 'en', 'ja', 'vi']);
    expect(isLocale('fa')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('writes Persian right to left and the others left to right', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('ja')).toBe('ltr');
    expect(directionOf('vi')).toBe('ltr');
  });

  it('asks Intl for Persian digits in Persian', () => {
    expect(intlTagOf('fa')).toContain('nu-arabext');
  });

  it('matches browser languages by their language part, first match wins', () => {
    expect(matchLocale(['de-DE', 'fa-IR', 'en-US'])).toBe('fa');
    expect(matchLocale(['ja_JP'])).toBe('ja');
    expect(matchLocale(['VI'])).toBe('vi');
    expect(matchLocale(['de', 'fr'])).toBeNull();
    expect(matchLocale([])).toBeNull();
  });

  it('reads localized text in the locale, falling back to English when empty', () => {
    const name = { fa: 'دانشکدهٔ ادبیات', en: 'Faculty of Letters', ja: '', vi: 'Khoa Văn' };
    expect(textIn(name, 'fa')).toBe('دانشکدهٔ ادبیات');
    expect(textIn(name, 'ja')).toBe('Faculty of Letters');
  });
});
