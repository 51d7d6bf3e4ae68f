/**
 * The api's Prometheus metrics (prom-client), each process with its own registry: command
 * latency by command type and outcome (through the command store's observer), HTTP request
 * duration by route and status, the projection runner's lag and rate, the read models'
 * snapshots (age, how each was used at start, the longest pause), open live (graphql-ws)
 * connections, the outbox's mails by state, and Node's default process metrics. They are served
 * on their own port (`metrics-server.ts`, METRICS_PORT), never on the public one.
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CommandObserver, RunnerStatus } from '@deskstream/event-sourcing';
import type { MailDeliveryState, OutboxReadModel } from '@deskstream/outbox-read-models';
import { snapshotAgeSeconds } from './snapshots';

/** Seconds: from a cached command (about a millisecond) to one that waited for slow read models. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const MAIL_STATES: readonly MailDeliveryState[] = ['QUEUED', 'SENDING', 'RETRYING', 'SENT', 'FAILED'];
const UNDELIVERED: ReadonlySet<MailDeliveryState> = new Set(['QUEUED', 'SENDING', 'RETRYING']);

/** What the gauges read at each scrape. */
export interface MetricSources {
  runner: () => RunnerStatus;
  liveConnections: () => number;
  outbox?: Pick<OutboxReadModel, 'list'>;
}

export class ApiMetrics {
  readonly registry = new Registry();
  private readonly commandDuration: Histogram<'command' | 'outcome'>;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private sources: MetricSources | undefined;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.commandDuration = new Histogram({
      name: 'deskstream_command_duration_seconds',
      help: 'Commands from the start to the read models showing what they stored, by command type and outcome (accepted, rejected, conflict, failed).',
      labelNames: ['command', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'deskstream_http_request_duration_seconds',
      help: 'HTTP requests by method, route (the route pattern, "unmatched" for none) and status code.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.runnerGauges(registers);
    this.snapshotGauges(registers);
    this.liveAndOutboxGauges(registers);
  }

  /** For `withCommandObserver`: one observation per command. */
  readonly commandObserver: CommandObserver = ({ commandType, outcome, durationMs }) =>
    this.commandDuration.observe({ command: commandType, outcome }, durationMs / 1000);

  /** Times every request of `app` (call before its routes are registered). */
  observeHttp(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      this.httpDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });
  }

  /** Where the gauges read from, once the api has built them. */
  watch(sources: MetricSources): void {
    this.sources = sources;
  }

  private runnerGauges(registers: Registry[]): void {
    const status = () => this.sources?.runner();
    new Gauge({
      name: 'deskstream_projection_lag_seconds',
      help: 'Between the last applied event’s write and its application by the read models (large while replaying history).',
      registers,
      collect() {
        const now = status();
        if (now) this.set(now.lagMs / 1000);
      },
    });
    new Gauge({
      name: 'deskstream_projection_events_per_second',
      help: 'Events the projection runner applied per second over the last few seconds.',
      registers,
      collect() {
        const now = status();
        if (now) this.set(now.eventsPerSecond);
      },
    });
    let counted = 0;
    new Counter({
      name: 'deskstream_projection_events_applied_total',
      help: 'Events passed through the projection runner since the process started.',
      registers,
      collect() {
        const now = status();
        if (now && now.eventsApplied > counted) {
          this.inc(now.eventsApplied - counted);
          counted = now.eventsApplied;
        }
      },
    });
    new Gauge({
      name: 'deskstream_projection_caught_up',
      help: '1 once the read models have reached the end of the store at start, else 0.',
      registers,
      collect() {
        const now = status();
        if (now) this.set(now.caughtUp ? 1 : 0);
      },
    });
    new Gauge({
      name: 'deskstream_projection_dead_letters',
      help: 'Events a projection failed on and skipped (see the dead-letter read model).',
      registers,
      collect() {
        const now = status();
        if (now) this.set(now.deadLetters);
      },
    });
  }

  private snapshotGauges(registers: Registry[]): void {
    const snapshots = () => this.sources?.runner().snapshots ?? [];
    new Gauge({
      name: 'deskstream_snapshot_age_seconds',
      help: 'Age of the read model’s durable snapshot in use (restored at start or last saved).',
      labelNames: ['read_model'],
      registers,
      collect() {
        const now = Date.now();
        for (const status of snapshots()) {
          const age = snapshotAgeSeconds(status, now);
          if (age !== undefined) this.set({ read_model: status.name }, age);
        }
      },
    });
    new Gauge({
      name: 'deskstream_snapshot_restored',
      help: 'How the read model’s snapshot was used at start: 1 for its outcome (restored, missing, corrupt, version-changed, stale, refused).',
      labelNames: ['read_model', 'outcome'],
      registers,
      collect() {
        this.reset();
        for (const status of snapshots()) this.set({ read_model: status.name, outcome: status.restore }, 1);
      },
    });
    new Gauge({
      name: 'deskstream_snapshot_pause_seconds',
      help: 'The longest the event loop was held taking and encoding the read model’s snapshot since start.',
      labelNames: ['read_model'],
      registers,
      collect() {
        for (const status of snapshots())
          if (status.maxPauseMs !== undefined) this.set({ read_model: status.name }, status.maxPauseMs / 1000);
      },
    });
  }

  private liveAndOutboxGauges(registers: Registry[]): void {
    const sources = () => this.sources;
    new Gauge({
      name: 'deskstream_live_connections',
      help: 'Open live (graphql-ws) connections to this process.',
      registers,
      collect() {
        const live = sources()?.liveConnections;
        if (live) this.set(live());
      },
    });
    let counts = new Map<MailDeliveryState, number>();
    new Gauge({
      name: 'deskstream_outbox_mails',
      help: 'Mails in the outbox by state (FAILED: given up after the last attempt).',
      labelNames: ['state'],
      registers,
      collect() {
        const outbox = sources()?.outbox;
        if (!outbox) return;
        counts = new Map(MAIL_STATES.map((state) => [state, 0]));
        failedAttempts = 0;
        for (const mail of outbox.list(undefined, Number.MAX_SAFE_INTEGER)) {
          counts.set(mail.state, counts.get(mail.state)! + 1);
          // The attempt that delivered, or the one under way, is not a failure.
          failedAttempts += Math.max(0, mail.attempts - (mail.state === 'SENT' || mail.state === 'SENDING' ? 1 : 0));
        }
        for (const [state, count] of counts) this.set({ state }, count);
      },
    });
    let failedAttempts = 0;
    new Gauge({
      name: 'deskstream_outbox_failed_attempts',
      help: 'Sending attempts that did not deliver, over every mail in the store (a failure, or a claim whose lease ran out).',
      registers,
      collect() {
        const outbox = sources()?.outbox;
        if (!outbox) return;
        this.set(failedAttempts);
      },
    });
    // Registered after the mails by state, so each scrape counts them first.
    new Gauge({
      name: 'deskstream_outbox_queue_length',
      help: 'Mails not yet delivered and not given up: queued, being sent or waiting to be retried.',
      registers,
      collect() {
        if (!sources()?.outbox) return;
        this.set([...counts].reduce((sum, [state, count]) => sum + (UNDELIVERED.has(state) ? count : 0), 0));
      },
    });
  }
}
