import { describe, expect, it } from 'vitest';
import { callerName, callerView, recordableNumber } from './caller';

const CUSTOMER = {
  id: 'demo-negah',
  kind: 'ORGANISATION' as const,
  name: 'Negah Publishing',
  organisation: null,
  openTickets: [],
  registrations: [],
};

describe('who is calling', () => {
  it('is the customer on record, else a number to record, else withheld', () => {
    expect(callerView({ raw: '+98 21 1234 5678', e164: '+982112345678' }, CUSTOMER)).toEqual({
      state: 'known',
      customer: CUSTOMER,
    });
    expect(callerView({ raw: '030 5557160', e164: '+49305557160' }, null)).toEqual({
      state: 'unknown',
      number: '+49305557160',
    });
    expect(callerView({ raw: ' 0305557160 ', e164: null }, null)).toEqual({ state: 'unknown', number: '0305557160' });
    expect(callerView({ raw: 'anonymous', e164: null }, null)).toEqual({ state: 'withheld' });
    expect(recordableNumber({ raw: '', e164: null })).toBeNull();
  });

  it('is named in a sentence by name, else by the number as given, else as withheld', () => {
    expect(callerName({ raw: '+98 21', e164: null }, CUSTOMER, 'withheld')).toBe('Negah Publishing');
    expect(callerName({ raw: '030 5557160', e164: '+49305557160' }, null, 'withheld')).toBe('030 5557160');
    expect(callerName({ raw: 'anonymous', e164: null }, null, 'withheld')).toBe('withheld');
  });
});
