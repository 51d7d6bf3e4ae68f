/**
 * A process of graphql-ws subscribers to `presenceChanged`, driven over IPC by `push-latency.ts`:
 * it connects them, then for each presence change the writer announces it notes when every
 * subscriber received the push that shows the change, on the monotonic clock the writer shares.
 *
 * Messages in: init {wsUrl, token, count, staffId}, expect {seq, online}, collect, close.
 * Messages out: connected, expecting, all {seq}, receipts {seq, receivedAt}, closed.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { nowMs } from '../stats';

export type ToSubscribers =
  | { type: 'init'; wsUrl: string; token: string; count: number; staffId: string }
  | { type: 'expect'; seq: number; online: boolean }
  | { type: 'collect' }
  | { type: 'close' };

export type FromSubscribers =
  | { type: 'connected'; connected: number; failed: number; ms: number }
  | { type: 'expecting'; seq: number }
  | { type: 'all'; seq: number }
  | { type: 'receipts'; seq: number; receivedAt: (number | null)[]; stray: number }
  | { type: 'closed' };

type Presence = { department: { id: string }; agents: { id: string }[] }[];

const PRESENCE_CHANGED =
  'subscription { presenceChanged { department { id name { en } } agents { id displayName presence onlineSince } } }';
const CONNECT_WAVE = 50;

const clients: Client[] = [];
let staffId = '';
let expected: { seq: number; online: boolean; receivedAt: Float64Array; got: number } | undefined;
let stray = 0;

const send = (message: FromSubscribers) => process.send!(message);

function onPush(index: number, presence: Presence): void {
  const online = presence.some((department) => department.agents.some((agent) => agent.id === staffId));
  const receivedAt = nowMs();
  if (!expected || online !== expected.online || !Number.isNaN(expected.receivedAt[index])) {
    stray++;
    return;
  }
  expected.receivedAt[index] = receivedAt;
  if (++expected.got === expected.receivedAt.length) send({ type: 'all', seq: expected.seq });
}

async function connect(wsUrl: string, token: string, count: number): Promise<void> {
  const start = nowMs();
  let connected = 0;
  let failed = 0;
  for (let wave = 0; wave < count; wave += CONNECT_WAVE) {
    await Promise.all(
      Array.from({ length: Math.min(CONNECT_WAVE, count - wave) }, (_, i) => {
        const index = wave + i;
        return new Promise<void>((resolve) => {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${token}` },
            retryAttempts: 0,
            on: {
              connected: () => {
                connected++;
                resolve();
              },
              closed: () => resolve(),
              error: () => resolve(),
            },
          });
          clients.push(client);
          client.subscribe<{ presenceChanged: Presence }>(
            { query: PRESENCE_CHANGED },
            {
              next: (message) => (message.data ? onPush(index, message.data.presenceChanged) : failed++),
              error: () => failed++,
              complete: () => undefined,
            },
          );
        });
      }),
    );
  }
  send({ type: 'connected', connected, failed, ms: Math.round(nowMs() - start) });
}

process.on('message', (message: ToSubscribers) => {
  switch (message.type) {
    case 'init':
      staffId = message.staffId;
      void connect(message.wsUrl, message.token, message.count);
      return;
    case 'expect':
      expected = {
        seq: message.seq,
        online: message.online,
        receivedAt: new Float64Array(clients.length).fill(NaN),
        got: 0,
      };
      send({ type: 'expecting', seq: message.seq });
      return;
    case 'collect': {
      const current = expected!;
      send({
        type: 'receipts',
        seq: current.seq,
        receivedAt: Array.from(current.receivedAt, (t) => (Number.isNaN(t) ? null : t)),
        stray,
      });
      return;
    }
    case 'close':
      void Promise.all(clients.map((client) => client.dispose())).finally(() => {
        send({ type: 'closed' });
        process.exit(0);
      });
  }
});
// The writer gone, nothing is left to measure.
process.on('disconnect', () => process.exit(0));
