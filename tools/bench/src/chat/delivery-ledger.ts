/**
 * Latency bookkeeping for one direction of a conversation (visitor → agent, or back): each
 * message is noted when its sender starts the mutation and when the other side's subscription
 * receives it, matched by a key the message carries. A message whose send failed is not
 * expected, but may still arrive (the mutation failed after the store took it): that is counted
 * apart, as is one received twice or never sent; one never received is missing.
 * Only messages sent inside the measured window give latencies (warm-up ones are still matched,
 * so a late warm-up delivery is neither missing nor stray).
 */
import { percentile, round } from '../stats';

export interface LatencyFigures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  samples: number;
}

export interface DeliveryFigures {
  /** Sends started in the measured window whose mutation did not fail. */
  sent: number;
  delivered: number;
  /** Sent in the measured window, never received (after the drain). */
  missing: number;
  duplicates: number;
  /** Received although the sender was told its send failed (the store had taken it). */
  deliveredAfterFailedSend: number;
  /** Received with a key nobody sent. */
  stray: number;
  latencyMs: LatencyFigures;
}

interface Pending {
  sentAt: number;
  measured: boolean;
}

export function latencyFigures(samplesMs: readonly number[]): LatencyFigures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    p99: round(percentile(sorted, 99), 2),
    max: round(sorted.length === 0 ? NaN : sorted[sorted.length - 1]!, 2),
    samples: sorted.length,
  };
}

/** One bucket of the measured window: when the messages were sent (seconds from `from`) and their latencies. */
export interface TimelineBucket {
  fromSecond: number;
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

/** Latencies by when their message was sent, in buckets of `bucketMs` from `from`: steady queueing and stalls look different here. */
export function latencyTimeline(
  samples: readonly { sentAt: number; latencyMs: number }[],
  from: number,
  bucketMs: number,
): TimelineBucket[] {
  const buckets: number[][] = [];
  for (const { sentAt, latencyMs } of samples) {
    const index = Math.max(0, Math.floor((sentAt - from) / bucketMs));
    (buckets[index] ??= []).push(latencyMs);
  }
  return Array.from(buckets, (bucket, index) => {
    const figures = latencyFigures(bucket ?? []);
    return {
      fromSecond: round((index * bucketMs) / 1000, 1),
      p50: figures.p50,
      p99: figures.p99,
      max: figures.max,
      samples: figures.samples,
    };
  });
}

export class DeliveryLedger {
  private readonly pending = new Map<string, Pending>();
  private readonly delivered = new Set<string>();
  private readonly failedSends = new Set<string>();
  private deliveredAfterFailedSend = 0;
  private readonly latencies: number[] = [];
  private readonly sentAtOfLatencies: number[] = [];
  private sentMeasured = 0;
  private duplicates = 0;
  private stray = 0;

  /** A send started at `at` (monotonic ms); `measured` is false during warm-up. */
  sent(key: string, at: number, measured: boolean): void {
    this.pending.set(key, { sentAt: at, measured });
    if (measured) this.sentMeasured++;
  }

  /** The send's mutation failed: the message is not expected any more. */
  failed(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    this.pending.delete(key);
    this.failedSends.add(key);
    if (pending.measured) this.sentMeasured--;
  }

  /** A subscriber received the message; returns its latency when it counts. */
  received(key: string, at: number): number | undefined {
    const pending = this.pending.get(key);
    if (!pending) {
      if (this.failedSends.delete(key)) {
        this.deliveredAfterFailedSend++;
        this.delivered.add(key);
      } else if (this.delivered.has(key)) this.duplicates++;
      else this.stray++;
      return undefined;
    }
    this.pending.delete(key);
    this.delivered.add(key);
    if (!pending.measured) return undefined;
    const latency = at - pending.sentAt;
    this.latencies.push(latency);
    this.sentAtOfLatencies.push(pending.sentAt);
    return latency;
  }

  /** Measured messages still waiting for their receipt. */
  outstanding(): number {
    let count = 0;
    for (const pending of this.pending.values()) if (pending.measured) count++;
    return count;
  }

  /** The measured latencies by when their message was sent. */
  timeline(from: number, bucketMs: number): TimelineBucket[] {
    return latencyTimeline(
      this.latencies.map((latencyMs, i) => ({ sentAt: this.sentAtOfLatencies[i]!, latencyMs })),
      from,
      bucketMs,
    );
  }

  figures(): DeliveryFigures {
    return {
      sent: this.sentMeasured,
      delivered: this.latencies.length,
      missing: this.outstanding(),
      duplicates: this.duplicates,
      deliveredAfterFailedSend: this.deliveredAfterFailedSend,
      stray: this.stray,
      latencyMs: latencyFigures(this.latencies),
    };
  }
}
