import { describe, expect, it } from 'vitest';
import type { CustomersContextEvent } from '@deskstream/customers-domain';
import { CustomersReadModel } from './read-model';
import { PUBLISHED_SOURCE_TYPES, TIMELINE_SOURCE_TYPES, type TimelineSourceEvent } from './timeline-source-types';

const by = { kind: 'system' } as const;
const person = (customerId: string, name: string, emails: string[], phones: string[]): CustomersContextEvent => ({
  type: 'CustomerRecorded',
  data: {
    customerId,
    kind: 'PERSON',
    organisationType: null,
    language: 'fa',
    preferredContact: 'NONE',
    requesterType: null,
    organisationId: null,
    personal: { name, emails, phones },
    at: '2026-01-01T00:00:00.000Z',
    by,
  },
});

function fixture() {
  const model = new CustomersReadModel({ phoneCountry: 'IR' });
  model.directory.apply(person('c1', 'رضا احمدی', ['reza@example.org'], ['+989123456789']), 0);
  model.directory.apply(person('c2', 'Reza Ahmadi', ['r.ahmadi@uni.example'], []), 0);
  const events: TimelineSourceEvent[] = [
    {
      type: 'TicketOpened',
      data: {
        ticketId: 't1',
        number: 1042,
        channel: 'PHONE',
        requester: { name: 'Reza', email: null, phone: '0912 345 6789', language: 'fa', contactMethod: 'PHONE' },
        requesterType: 'researcher',
        departmentId: 'd1',
        subject: 'Error 1603 while installing',
        priority: 'NORMAL',
        product: null,
        version: null,
        fields: {},
        tags: [],
        origin: null,
        accessTokenHash: null,
        openedAt: '2026-02-01T08:00:00.000Z',
        openedBy: { kind: 'SYSTEM', name: 'desk' },
      },
    } as TimelineSourceEvent,
    {
      type: 'ChatRequested',
      data: {
        chatId: 'ch1',
        departmentId: 'd1',
        visitor: { name: 'Reza', email: 'R.Ahmadi@uni.example' },
        firstQuestion: 'Where do I find the activation serial?',
        visitorTokenHash: 'x',
        requestedAt: '2026-02-02T08:00:00.000Z',
      },
    },
    {
      type: 'CallEnded',
      data: { callId: 'k1', cause: 'cancel', outcome: 'MISSED', durationSeconds: 0, at: '2026-02-03T08:01:00.000Z' },
    },
    {
      type: 'CallRang',
      data: {
        callId: 'k1',
        source: 'CTI',
        pbxCallId: 'p1',
        direction: 'IN',
        from: { raw: '00989123456789', e164: '+989123456789' },
        to: { raw: '200', e164: null },
        queue: null,
        users: [],
        staffIds: [],
        at: '2026-02-03T08:00:00.000Z',
      },
    },
  ];
  for (const event of events) model.timelines.apply(event);
  return model;
}

describe('customer timelines', () => {
  it('folds tickets and calls through a phone number in any format, a late start keeping the later state', () => {
    const page = fixture().timelines.page('c1', { first: 10 });
    expect(page.entries.map((entry) => [entry.kind, entry.refId, entry.state, entry.via])).toEqual([
      ['CALL', 'k1', 'MISSED', '+989123456789'],
      ['TICKET', 't1', 'NEW', '+989123456789'],
    ]);
    expect(page.entries[1]!.ticketNumber).toBe(1042);
  });
  it('after a merge the survivor sees both histories, and pages by cursor', () => {
    const model = fixture();
    const at = '2026-03-01T00:00:00.000Z';
    model.directory.apply({ type: 'CustomerMergedInto', data: { customerId: 'c2', survivorId: 'c1', at, by } }, 1);
    model.directory.apply(
      {
        type: 'CustomerAbsorbed',
        data: {
          customerId: 'c1',
          duplicateId: 'c2',
          personal: { emails: ['r.ahmadi@uni.example'], phones: [] },
          at,
          by,
        },
      },
      1,
    );
    const first = model.timelines.page('c1', { first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.hasNextPage).toBe(true);
    const second = model.timelines.page('c1', { first: 2, after: first.endCursor });
    expect(second.entries.map((entry) => entry.refId)).toEqual(['t1']);
    expect(second.hasNextPage).toBe(false);
    expect(model.directory.byEmail('r.ahmadi@uni.example')?.id).toBe('c1');
    expect(model.search.search('Reza Ahmadi').map((hit) => hit.customer.id)).toEqual(['c1']);
  });
  it('finds customers by name in Persian, by a phone in any format, and by email', () => {
    const model = fixture();
    expect(model.search.search('احمدی').map((hit) => hit.customer.id)).toContain('c1');
    expect(model.search.search('+98 912 345 6789')[0]).toMatchObject({ matchedBy: 'PHONE', customer: { id: 'c1' } });
    expect(model.search.search('۰۹۱۲۳۴۵۶۷۸۹')[0]).toMatchObject({ matchedBy: 'PHONE' });
    expect(model.search.search('R.AHMADI@uni.example')[0]).toMatchObject({
      matchedBy: 'EMAIL',
      customer: { id: 'c2' },
    });
  });
  it('names a waiting booking request by the first words of its details', () => {
    const model = fixture();
    model.timelines.apply({
      type: 'BookingRequestWaiting',
      data: {
        requestId: 'b1',
        topicId: 'databases',
        preferredBranchId: 'central',
        mode: 'PHONE',
        patron: { name: 'Reza', email: null, phone: '+989123456789', locale: 'fa', timeZone: null },
        details: '  Help with the Noor digital library search  ',
        preferredTimes: 'weekday mornings',
        reason: 'NO_SLOT_CHOSEN',
        linkTokenHash: 'h',
        at: '2026-02-04T08:00:00.000Z',
      },
    });
    expect(model.timelines.page('c1', { first: 1 }).entries[0]).toMatchObject({
      kind: 'BOOKING',
      summary: 'Help with the Noor digital library search',
      state: 'WAITING',
    });
  });
  it('lists every customer by name, kept in order as they change and merge', () => {
    const model = fixture();
    const names = () => model.search.search('').map((hit) => hit.customer.name);
    expect(names()).toEqual(['Reza Ahmadi', 'رضا احمدی']);
    model.directory.apply(person('c3', 'Ali Karimi', ['ali@example.org'], []), 0);
    const at = '2026-03-01T00:00:00.000Z';
    model.directory.apply(
      {
        type: 'CustomerDetailsChanged',
        data: {
          customerId: 'c2',
          kind: 'PERSON',
          organisationType: null,
          language: 'en',
          preferredContact: 'NONE',
          requesterType: null,
          organisationId: null,
          personal: { name: 'Zahra Ahmadi' },
          at,
          by,
        },
      },
      1,
    );
    expect(names()).toEqual(['Ali Karimi', 'Zahra Ahmadi', 'رضا احمدی']);
    model.directory.apply({ type: 'CustomerMergedInto', data: { customerId: 'c3', survivorId: 'c1', at, by } }, 1);
    expect(names()).toEqual(['Zahra Ahmadi', 'رضا احمدی']);
  });
  it('folds only event types their contexts still publish', () => {
    for (const type of TIMELINE_SOURCE_TYPES) expect(PUBLISHED_SOURCE_TYPES).toContain(type);
  });
});
