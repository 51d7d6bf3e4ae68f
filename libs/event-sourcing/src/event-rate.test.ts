import { describe, expect, it } from 'vitest';
import { EventRate } from './event-rate';

describe('events per second', () => {
  it('averages over the recent window and forgets older seconds', () => {
    let now = 10_000;
    const rate = new EventRate(() => now, 5);
    expect(rate.perSecond()).toBe(0);
    rate.record(100);
    now = 10_500;
    expect(rate.perSecond()).toBe(100);
    now = 11_000;
    rate.record(300);
    now = 12_000;
    expect(rate.perSecond()).toBe(200);
    now = 20_000;
    expect(rate.perSecond()).toBe(0);
  });
});
