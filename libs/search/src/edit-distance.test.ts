import { describe, expect, it } from 'vitest';
import { oneLetterDeletions, withinOneEdit } from './edit-distance';

describe('withinOneEdit', () => {
  it.each([
    ['install', 'install'],
    ['install', 'instal'],
    ['instal', 'install'],
    ['installer', 'instaler'],
    ['register', 'regsiter'],
    ['checksum', 'chekcsum'],
    ['serial', 'serail'],
    ['نصب‌کننده'.replace('\u200c', ''), 'نصبکنند'],
    ['ثبت‌نام'.replace('\u200c', ''), 'ثبتتام'],
  ])('accepts %s ~ %s', (a, b) => expect(withinOneEdit(a, b)).toBe(true));

  it.each([
    ['install', 'instll3'],
    ['register', 'regstr'],
    ['serial', 'series'],
    ['abcd', 'badc'],
    ['abc', 'abcde'],
  ])('refuses %s ~ %s', (a, b) => expect(withinOneEdit(a, b)).toBe(false));
});

describe('oneLetterDeletions', () => {
  it('drops each letter once, without repeats', () => {
    expect(oneLetterDeletions('noor').sort()).toEqual(['nor', 'noo', 'oor'].sort());
  });
});
