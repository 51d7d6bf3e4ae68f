/**
 * `/metrics` as `npm start` serves it: the api as a real process with METRICS_PORT, a command
 * through GraphQL, then a scrape of the metrics port; the public port has no `/metrics`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startMainProcess, type MainProcess } from './testing/main-process';

let dataDir: string;
let api: MainProcess;
let metricsUrl: string;

const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: { signIn?: { token: string } }; errors?: unknown[] };
};

/** One sample's value from Prometheus's text format, or undefined when the series is absent. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((each) => each.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-metrics-'));
  api = await startMainProcess(dataDir, 60_000, { METRICS_PORT: '0' });
  metricsUrl = /metrics at (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(api.output())![1]!;
}, 90_000);
afterAll(async () => {
  await api?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('metrics on their own port', () => {
  it('serves commands by type and outcome, HTTP by route and status, projections, live connections, the outbox and the process', async () => {
    const signIn = await gql('mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', {
      u: 'sara',
      p: 'deskstream-agent',
    });
    const token = signIn.data!.signIn!.token;
    // The demo data (seeded before the api is ready) ran commands of its own: count from here.
    const SET_PRESENCE = 'deskstream_command_duration_seconds_count{command="SetPresence",outcome="accepted"}';
    const presenceBefore = sample(await (await fetch(metricsUrl)).text(), SET_PRESENCE) ?? 0;
    const online = await gql(
      'mutation ($c: ID!) { setPresence(status: ONLINE, commandId: $c) { id } }',
      { c: 'metrics-presence-1' },
      token,
    );
    expect(online.errors).toBeUndefined();

    const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();

    expect(sample(text, SET_PRESENCE)).toBe(presenceBefore + 1);
    expect(
      sample(text, 'deskstream_command_duration_seconds_count{command="StartSession",outcome="accepted"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'deskstream_http_request_duration_seconds_count{method="POST",route="/graphql",status_code="200"}'),
    ).toBe(2);
    expect(sample(text, 'deskstream_projection_caught_up')).toBe(1);
    expect(sample(text, 'deskstream_projection_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'deskstream_projection_events_per_second')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'deskstream_projection_events_applied_total')).toBeGreaterThan(0);
    expect(sample(text, 'deskstream_projection_dead_letters')).toBe(0);
    expect(sample(text, 'deskstream_live_connections')).toBe(1);
    // The demo's notices include a bounced mail and one waiting for a retry: the gauges count what the outbox holds.
    const admin = await gql('mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', {
      u: 'admin',
      p: 'deskstream-admin',
    });
    const listed = await gql('{ outboxMails(limit: 500) { state } }', {}, admin.data!.signIn!.token);
    const mails = (listed as { data: { outboxMails: { state: string }[] } }).data.outboxMails;
    const inState = (state: string) => sample(text, `deskstream_outbox_mails{state="${state}"}`) ?? NaN;
    const states = ['QUEUED', 'SENDING', 'RETRYING', 'SENT', 'FAILED'];
    expect(states.reduce((sum, state) => sum + inState(state), 0)).toBe(mails.length);
    expect(inState('FAILED')).toBe(mails.filter((mail) => mail.state === 'FAILED').length);
    expect(sample(text, 'deskstream_outbox_queue_length')).toBe(
      inState('QUEUED') + inState('SENDING') + inState('RETRYING'),
    );
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);

    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.close();
    await closed;
  });

  it('answers nothing but /metrics there, and the public port has no /metrics', async () => {
    expect((await fetch(new URL('/graphql', metricsUrl))).status).toBe(404);
    const publicScrape = await fetch(`${api.url}/metrics`);
    expect(publicScrape.status).toBe(404);
    expect(await publicScrape.text()).not.toMatch(/deskstream_|process_cpu/);
  });
});
