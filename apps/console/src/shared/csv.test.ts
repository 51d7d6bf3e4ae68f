import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting, leaves empty cells empty, and keeps formulas from running', () => {
    expect(
      toCsv([
        ['day', 'note'],
        ['2026-03-21', 'a, "b"'],
        ['۱۴۰۵-۰۱-۰۱', null],
        [3, '=SUM(A1)'],
      ]),
    ).toBe('\uFEFFday,note\r\n2026-03-21,"a, ""b"""\r\n۱۴۰۵-۰۱-۰۱,\r\n3,\'=SUM(A1)\r\n');
  });
});
