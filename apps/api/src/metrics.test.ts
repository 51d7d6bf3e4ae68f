import { describe, expect, it } from 'vitest';
import type { RunnerStatus } from '@deskstream/event-sourcing';
import type { MailDeliveryState, MailRecord } from '@deskstream/outbox-read-models';
import { ApiMetrics } from './metrics';

const status = (over: Partial<RunnerStatus>): RunnerStatus => ({
  state: 'live',
  caughtUp: true,
  position: undefined,
  eventsApplied: 0,
  eventsPerSecond: 0,
  lagMs: 0,
  deadLetters: 0,
  resubscriptions: 0,
  lastError: undefined,
  snapshots: [],
  ...over,
});

const ATTEMPTS: Record<MailDeliveryState, number> = { QUEUED: 0, SENDING: 2, RETRYING: 1, SENT: 3, FAILED: 5 };
const mails = (...states: MailDeliveryState[]) =>
  states.map((state) => ({ state, attempts: ATTEMPTS[state] }) as MailRecord);

const sample = (text: string, series: string) => {
  const line = text.split('\n').find((each) => each.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('the api’s metrics', () => {
  it('read the runner, the live connections and the outbox at each scrape', async () => {
    const metrics = new ApiMetrics();
    let now = status({ eventsApplied: 120, eventsPerSecond: 40.5, lagMs: 1500, deadLetters: 2, caughtUp: false });
    let outbox = mails('QUEUED', 'SENDING', 'RETRYING', 'SENT', 'SENT', 'FAILED');
    metrics.watch({ runner: () => now, liveConnections: () => 7, outbox: { list: () => outbox } });

    let text = await metrics.registry.metrics();
    expect(sample(text, 'deskstream_projection_lag_seconds')).toBe(1.5);
    expect(sample(text, 'deskstream_projection_events_per_second')).toBe(40.5);
    expect(sample(text, 'deskstream_projection_events_applied_total')).toBe(120);
    expect(sample(text, 'deskstream_projection_caught_up')).toBe(0);
    expect(sample(text, 'deskstream_projection_dead_letters')).toBe(2);
    expect(sample(text, 'deskstream_live_connections')).toBe(7);
    expect(sample(text, 'deskstream_outbox_queue_length')).toBe(3);
    expect(sample(text, 'deskstream_outbox_mails{state="SENT"}')).toBe(2);
    expect(sample(text, 'deskstream_outbox_mails{state="FAILED"}')).toBe(1);
    // SENDING 2 (1 failed), RETRYING 1, SENT 3 twice (2 failed each), FAILED 5.
    expect(sample(text, 'deskstream_outbox_failed_attempts')).toBe(1 + 1 + 2 + 2 + 5);

    now = status({ eventsApplied: 150, caughtUp: true });
    outbox = mails('SENT', 'SENT', 'SENT', 'SENT', 'SENT', 'FAILED');
    text = await metrics.registry.metrics();
    expect(sample(text, 'deskstream_projection_events_applied_total')).toBe(150);
    expect(sample(text, 'deskstream_projection_caught_up')).toBe(1);
    expect(sample(text, 'deskstream_outbox_queue_length')).toBe(0);
    expect(sample(text, 'deskstream_outbox_mails{state="QUEUED"}')).toBe(0);
  });

  it('time commands by type and outcome', async () => {
    const metrics = new ApiMetrics();
    metrics.commandObserver({ commandType: 'AcceptChat', outcome: 'accepted', durationMs: 4 });
    metrics.commandObserver({ commandType: 'AcceptChat', outcome: 'rejected', durationMs: 2 });
    metrics.commandObserver({ commandType: 'AcceptChat', outcome: 'accepted', durationMs: 30 });
    const text = await metrics.registry.metrics();
    const series = 'deskstream_command_duration_seconds';
    expect(sample(text, `${series}_count{command="AcceptChat",outcome="accepted"}`)).toBe(2);
    expect(sample(text, `${series}_sum{command="AcceptChat",outcome="accepted"}`)).toBeCloseTo(0.034);
    expect(sample(text, `${series}_bucket{le="0.005",command="AcceptChat",outcome="accepted"}`)).toBe(1);
    expect(sample(text, `${series}_count{command="AcceptChat",outcome="rejected"}`)).toBe(1);
  });

  it('keep each process’s series in its own registry', async () => {
    const first = new ApiMetrics();
    const second = new ApiMetrics();
    first.commandObserver({ commandType: 'RateChat', outcome: 'accepted', durationMs: 1 });
    const text = await second.registry.metrics();
    expect(text).not.toMatch(/RateChat/);
    expect(sample(text, 'deskstream_live_connections')).toBe(0);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('show each read model’s snapshot: its age, how it was used at start, the longest pause', async () => {
    const metrics = new ApiMetrics();
    const takenAt = new Date(Date.now() - 90_000).toISOString();
    metrics.watch({
      runner: () =>
        status({
          snapshots: [
            { name: 'tickets', version: 1, restore: 'restored', takenAt, saves: 2, failures: 0, maxPauseMs: 120 },
            { name: 'chat', version: 2, restore: 'stale', reason: 'another store', saves: 0, failures: 0 },
          ],
        }),
      liveConnections: () => 0,
    });
    const text = await metrics.registry.metrics();
    expect(sample(text, 'deskstream_snapshot_age_seconds{read_model="tickets"}')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'deskstream_snapshot_age_seconds{read_model="chat"}')).toBeUndefined();
    expect(sample(text, 'deskstream_snapshot_restored{read_model="tickets",outcome="restored"}')).toBe(1);
    expect(sample(text, 'deskstream_snapshot_restored{read_model="chat",outcome="stale"}')).toBe(1);
    expect(sample(text, 'deskstream_snapshot_pause_seconds{read_model="tickets"}')).toBe(0.12);
  });
});
