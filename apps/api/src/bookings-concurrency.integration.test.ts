/**
 * Twenty patrons book the same librarian's slot at the same time: exactly one gets it, the other
 * nineteen are told it was taken and offered the next free slots, and the librarian's day holds
 * one session — nothing half-written.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import { BOOK, ROOMY, SARA, SESSIONS, book, bookingInput, fakeClock } from './testing/bookings';

const clock = fakeClock();
let api: TestApi;
let store: EventStoreDBClient;
beforeAll(async () => {
  api = await startTestApi({ bookings: { now: clock.now, reminderIntervalMs: 0, floodLimits: ROOMY } });
  store = EventStoreDBClient.connectionString(api.store.url);
});
afterAll(async () => {
  await store?.dispose();
  await api?.close();
});

describe('twenty patrons, one slot', () => {
  it('books exactly one; the others get the conflict with the next free slots', async () => {
    const slot = '2026-03-04T05:30:00.000Z';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        book(api, {
          topicId: 'internet-search',
          preferredBranchId: 'central',
          mode: 'PHONE',
          startsAt: slot,
          email: `patron${i}@example.org`,
        }),
      ),
    );
    const won = results.filter((r) => r.data?.status === 'BOOKED');
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const loser of lost) {
      expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BOOKING_SLOT_TAKEN' });
      expect(loser.errors![0].extensions.nextSlots[0]).toMatchObject({
        startsAt: '2026-03-04T06:45:00.000Z',
        branchId: 'central',
      });
    }

    const agent = await api.signIn('sara', 'deskstream-agent');
    const sessions = await api.gql(SESSIONS, { from: '2026-03-04', to: '2026-03-04', e: SARA }, agent);
    expect(sessions.data!.bookingSessions).toEqual([
      expect.objectContaining({ startsAt: slot, email: won[0]!.data.email }),
    ]);
    const types: string[] = [];
    for await (const resolved of store.readStream(`expertday-${SARA}.2026-03-04`)) types.push(resolved.event!.type);
    expect(types).toEqual(['SessionBooked']);
  }, 60_000);

  it('holds across two api processes on one store: the expected revision decides', async () => {
    const other = await api.restart();
    const slot = '2026-03-04T08:00:00.000Z';
    const input = (i: number) =>
      bookingInput({
        topicId: 'internet-search',
        preferredBranchId: 'central',
        mode: 'PHONE',
        startsAt: slot,
        email: `p${i}@example.org`,
      });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gqlOn<{ bookSession: { status: string } }>(i % 2 ? other : api.app, BOOK, { input: input(i) }),
      ),
    );
    expect(results.filter((r) => r.data?.bookSession?.status === 'BOOKED')).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'BOOKING_SLOT_TAKEN')).toHaveLength(19);
    const booked: string[] = [];
    for await (const resolved of store.readStream(`expertday-${SARA}.2026-03-04`))
      if (resolved.event!.type === 'SessionBooked')
        booked.push((resolved.event!.data as { startsAt: string }).startsAt);
    expect(booked.filter((startsAt) => startsAt === slot)).toHaveLength(1);
  }, 60_000);
});
