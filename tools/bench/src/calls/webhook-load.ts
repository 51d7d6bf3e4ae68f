/**
 * Webhook load over HTTP (keep-alive connections on loopback): a closed loop (each connection
 * sends its next event as soon as the last is answered: the api's capacity) and an open loop (a
 * fixed rate whatever the answers: latency at a given load, timed from when each event was due,
 * so a slow answer delays nothing behind it unnoticed).
 */
import { Agent, request } from 'node:http';
import { nowMs, percentile, round } from '../stats';
import type { CtiEvent } from './call-traffic';

export interface PhaseResult {
  seconds: number;
  sent: number;
  answered200: number;
  eventsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: Record<string, number>;
}

export class WebhookClient {
  private readonly agent: Agent;
  private readonly url: URL;

  constructor(address: string, token: string, sockets: number) {
    this.url = new URL(`/api/v1/cti/${token}`, address);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** Posts one event; its HTTP status, or the error's code. */
  post(body: string): Promise<number | string> {
    return new Promise((resolve) => {
      const req = request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'ERROR'));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function summary(
  seconds: number,
  latencies: number[],
  sent: number,
  ok: number,
  errors: Map<string, number>,
): PhaseResult {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    seconds: round(seconds, 1),
    sent,
    answered200: ok,
    eventsPerSecond: round(ok / seconds, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50), 2),
      p95: round(percentile(sorted, 95), 2),
      p99: round(percentile(sorted, 99), 2),
      max: round(sorted[sorted.length - 1] ?? NaN, 2),
    },
    errors: Object.fromEntries(errors),
  };
}

/** Events from `events[from]` on, as fast as `connections` connections take them, for `seconds`. */
export async function closedLoop(
  client: WebhookClient,
  events: readonly CtiEvent[],
  from: number,
  seconds: number,
  connections: number,
): Promise<{ result: PhaseResult; next: number }> {
  let cursor = from;
  let ok = 0;
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const start = nowMs();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (nowMs() < end && cursor < events.length) {
      const event = events[cursor++]!;
      const sentAt = nowMs();
      const status = await client.post(event.body);
      latencies.push(nowMs() - sentAt);
      if (status === 200) ok++;
      else errors.set(String(status), (errors.get(String(status)) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { result: summary((nowMs() - start) / 1000, latencies, cursor - from, ok, errors), next: cursor };
}

/** Events from `events[from]` on at `rate` a second for `seconds`, each timed from when it was due. */
export async function openLoop(
  client: WebhookClient,
  events: readonly CtiEvent[],
  from: number,
  rate: number,
  seconds: number,
): Promise<{ result: PhaseResult; next: number }> {
  const count = Math.min(Math.floor(rate * seconds), events.length - from);
  let ok = 0;
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const start = nowMs();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - nowMs();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const event = events[from + i]!;
    pending.push(
      client.post(event.body).then((status) => {
        latencies.push(nowMs() - due);
        if (status === 200) ok++;
        else errors.set(String(status), (errors.get(String(status)) ?? 0) + 1);
      }),
    );
  }
  await Promise.all(pending);
  return { result: summary((nowMs() - start) / 1000, latencies, count, ok, errors), next: from + count };
}
