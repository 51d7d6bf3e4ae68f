import { describe, expect, it } from 'vitest';
import { exportFileName } from './customer-download';

describe('the export’s file name', () => {
  it('keeps letters and digits of any script and the id', () => {
    expect(exportFileName('Maryam Tehrani', 'c-1')).toBe('customer-Maryam-Tehrani-c-1.json');
    expect(exportFileName('  <>/  ', 'c-2')).toBe('customer-c-2.json');
    expect(exportFileName('مریم تهرانی', 'c-3')).toBe('customer-مریم-تهرانی-c-3.json');
    expect(exportFileName('Zoë', 'c-4')).toBe('customer-Zoe-c-4.json');
  });
});
