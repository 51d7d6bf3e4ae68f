/**
 * The demo's book fair through the real api and the emulator: on a first start the fair's tickets
 * and calls are there, dated in the days before today (today's calls and the callback queue are as
 * the other demo data left them), and a second start on the same store writes nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fairTotals, planDemoFair } from './operations-seed-plan';
import type { FastifyInstance } from 'fastify';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let admin: string;

beforeAll(async () => {
  api = await startTestApi({ seedDemoFair: true });
  admin = await api.signIn('admin', 'deskstream-admin');
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const plan = planDemoFair('2026-12-07', 'UTC');
const totals = fairTotals(plan);

const fairTickets = async (app: FastifyInstance = api.app) =>
  (
    await gqlOn<{ tickets: { totalCount: number } }>(
      app,
      '{ tickets(filter: { tags: ["book-fair"], statuses: [SOLVED] }) { totalCount } }',
      {},
      admin,
    )
  ).data!.tickets.totalCount;

const allCalls = async (view: string, app: FastifyInstance = api.app) =>
  (
    await gqlOn<{ calls: { totalCount: number } }>(
      app,
      `{ calls(filter: { view: ${view} }) { totalCount } }`,
      {},
      admin,
    )
  ).data!.calls.totalCount;

describe('the demo fair', () => {
  it('is seeded once, in the past: every ticket answered and solved, every call ended, none waiting to be called back', async () => {
    expect(await fairTickets()).toBe(totals.tickets + totals.emails + totals.letters);
    const calls = await allCalls('ALL');
    expect(calls).toBeGreaterThanOrEqual(totals.inboundCalls + totals.outboundCalls);
    const queue = await api.gql<{ callbackQueue: { call: { id: string } }[] }>(
      '{ callbackQueue { call { id } } }',
      {},
      admin,
    );
    expect(queue.data!.callbackQueue.map((entry) => entry.call.id).filter((id) => id.includes('fair'))).toEqual([]);
    const today = await allCalls('TODAY');

    const again = await api.restart();
    expect(await fairTickets(again)).toBe(totals.tickets + totals.emails + totals.letters);
    expect(await allCalls('ALL', again)).toBe(calls);
    expect(await allCalls('TODAY', again)).toBe(today);
  }, 60_000);
});
