import { describe, expect, it } from 'vitest';
import { emptyLogCall, localInputValue, logCallInput, logCallProblems } from './log-call-form';

describe('a call logged by hand', () => {
  const now = new Date(2026, 11, 7, 9, 5);

  it('starts now, inbound and answered', () => {
    expect(emptyLogCall(now)).toMatchObject({ direction: 'IN', outcome: 'ANSWERED', startedAt: '2026-12-07T09:05' });
    expect(localInputValue(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02T03:04');
  });

  it('needs a number, a start and a duration in minutes and seconds', () => {
    expect(logCallProblems({ ...emptyLogCall(now), startedAt: '', seconds: '75' })).toEqual({
      number: 'number',
      startedAt: 'startedAt',
      duration: 'duration',
    });
    expect(logCallProblems({ ...emptyLogCall(now), number: '030 1234567' })).toEqual({});
  });

  it('becomes the api’s input with the start as a UTC instant and empty texts left out', () => {
    const draft = {
      ...emptyLogCall(now),
      number: ' +49 30 1234567 ',
      minutes: '3',
      seconds: '20',
      notes: ' Asked for the invoice ',
    };
    expect(logCallInput(draft)).toEqual({
      direction: 'IN',
      number: '+49 30 1234567',
      startedAt: now.toISOString(),
      durationSeconds: 200,
      outcome: 'ANSWERED',
      topic: null,
      requesterType: null,
      notes: 'Asked for the invoice',
    });
  });
});
