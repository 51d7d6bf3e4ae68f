import { describe, expect, it } from 'vitest';
import { DeliveryLedger, latencyFigures, latencyTimeline } from './delivery-ledger';

describe('DeliveryLedger', () => {
  it('gives each measured message its latency from send to receipt', () => {
    const ledger = new DeliveryLedger();
    ledger.sent('a', 100, true);
    ledger.sent('b', 110, true);
    expect(ledger.received('b', 113.5)).toBe(3.5);
    expect(ledger.received('a', 120)).toBe(20);
    expect(ledger.figures()).toMatchObject({
      sent: 2,
      delivered: 2,
      missing: 0,
      duplicates: 0,
      stray: 0,
      latencyMs: { max: 20, samples: 2 },
    });
  });

  it('matches warm-up messages without counting their latency', () => {
    const ledger = new DeliveryLedger();
    ledger.sent('warm', 0, false);
    ledger.sent('real', 10, true);
    expect(ledger.received('warm', 500)).toBeUndefined();
    ledger.received('real', 12);
    expect(ledger.figures()).toMatchObject({
      sent: 1,
      delivered: 1,
      missing: 0,
      stray: 0,
      latencyMs: { max: 2, samples: 1 },
    });
  });

  it('counts missing, duplicate and stray receipts apart', () => {
    const ledger = new DeliveryLedger();
    ledger.sent('once', 0, true);
    ledger.sent('never', 0, true);
    ledger.received('once', 5);
    ledger.received('once', 6);
    ledger.received('nobody-sent-this', 7);
    expect(ledger.outstanding()).toBe(1);
    expect(ledger.figures()).toMatchObject({ sent: 2, delivered: 1, missing: 1, duplicates: 1, stray: 1 });
  });

  it('expects nothing from a send whose mutation failed', () => {
    const ledger = new DeliveryLedger();
    ledger.sent('refused', 0, true);
    ledger.failed('refused');
    expect(ledger.figures()).toMatchObject({ sent: 0, delivered: 0, missing: 0 });
  });

  it('tells a failed send that still arrived from a stray one', () => {
    const ledger = new DeliveryLedger();
    ledger.sent('timed-out', 0, true);
    ledger.failed('timed-out');
    expect(ledger.received('timed-out', 6_000)).toBeUndefined();
    ledger.received('timed-out', 6_001);
    expect(ledger.figures()).toMatchObject({
      sent: 0,
      delivered: 0,
      deliveredAfterFailedSend: 1,
      duplicates: 1,
      stray: 0,
    });
  });
});

describe('latencyFigures', () => {
  it('takes nearest-rank percentiles and the maximum', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(latencyFigures(samples)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100, samples: 100 });
  });

  it('says NaN when there is nothing to summarise', () => {
    expect(latencyFigures([])).toMatchObject({ p50: NaN, max: NaN, samples: 0 });
  });
});

describe('latencyTimeline', () => {
  it('groups latencies by when their message was sent', () => {
    const samples = [
      { sentAt: 1_000, latencyMs: 10 },
      { sentAt: 1_900, latencyMs: 30 },
      { sentAt: 3_100, latencyMs: 500 },
    ];
    expect(latencyTimeline(samples, 1_000, 1_000)).toEqual([
      { fromSecond: 0, p50: 10, p99: 30, max: 30, samples: 2 },
      { fromSecond: 1, p50: NaN, p99: NaN, max: NaN, samples: 0 },
      { fromSecond: 2, p50: 500, p99: 500, max: 500, samples: 1 },
    ]);
  });

  it('is what the ledger gives for its measured messages', () => {
    const ledger = new DeliveryLedger();
    ledger.sent('warm', 0, false);
    ledger.sent('a', 2_000, true);
    ledger.received('warm', 1);
    ledger.received('a', 2_040);
    expect(ledger.timeline(2_000, 5_000)).toEqual([{ fromSecond: 0, p50: 40, p99: 40, max: 40, samples: 1 }]);
  });
});
