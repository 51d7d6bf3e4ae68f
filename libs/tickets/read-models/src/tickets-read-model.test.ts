import { describe, expect, it } from 'vitest';
import type { TicketEvent, TicketSettingsEvent } from '@deskstream/tickets-domain';
import { TicketsReadModel } from './tickets-read-model';

const actor = { kind: 'SYSTEM', name: 'test' } as const;
const minutes = (n: number) => new Date(Date.UTC(2026, 11, 5, 8, 0) + n * 60_000).toISOString();

function opened(
  number: number,
  overrides: Partial<Extract<TicketEvent, { type: 'TicketOpened' }>['data']> = {},
): TicketEvent {
  return {
    type: 'TicketOpened',
    data: {
      ticketId: `t${number}`,
      number,
      channel: 'EMAIL',
      requester: { name: 'Reza', email: 'reza@example.org', phone: null, language: 'en', contactMethod: 'EMAIL' },
      requesterType: 'patron',
      departmentId: 'law',
      subject: `Ticket ${number}`,
      priority: 'NORMAL',
      product: null,
      version: null,
      fields: {},
      tags: [],
      origin: null,
      accessTokenHash: null,
      openedAt: minutes(number),
      openedBy: actor,
      ...overrides,
    },
  };
}

function model(events: TicketEvent[]): TicketsReadModel {
  const readModel = new TicketsReadModel();
  const revisions = new Map<string, number>();
  events.forEach((event, index) => {
    const id = event.data.ticketId;
    const revision = (revisions.get(id) ?? -1) + 1;
    revisions.set(id, revision);
    readModel.applyTicket(event, `e${index}`, revision);
  });
  return readModel;
}

describe('the tickets read model', () => {
  it('lists by filters with cursor paging, newest change first, without repeats', () => {
    const events: TicketEvent[] = [];
    for (let n = 1; n <= 25; n++)
      events.push(opened(n, { departmentId: n % 2 ? 'law' : 'medicine', tags: n % 5 ? [] : ['vip'] }));
    events.push({
      type: 'TicketStatusChanged',
      data: { ticketId: 't3', from: 'NEW', to: 'OPEN', cause: null, changedAt: minutes(100), by: actor },
    });
    const readModel = model(events);
    const first = readModel.list({ filter: {}, sort: 'UPDATED_DESC', first: 10 });
    expect(first.records[0]!.id).toBe('t3');
    expect(first.totalCount).toBe(25);
    const seen = [...first.records];
    let page = first;
    while (page.hasNextPage) {
      page = readModel.list({ filter: {}, sort: 'UPDATED_DESC', first: 10, after: page.endCursor });
      seen.push(...page.records);
    }
    expect(new Set(seen.map((record) => record.id)).size).toBe(25);
    const byNumber: number[] = [];
    let after: string | null = null;
    do {
      const next = readModel.list({ filter: {}, sort: 'NUMBER_DESC', first: 7, after });
      byNumber.push(...next.records.map((record) => record.number));
      after = next.hasNextPage ? next.endCursor : null;
    } while (after);
    expect(byNumber).toEqual(Array.from({ length: 25 }, (_, index) => 25 - index));
    const law = readModel.list({ filter: { departmentIds: ['law'], tags: ['vip'] }, sort: 'NUMBER_DESC', first: 50 });
    expect(law.records.map((record) => record.number)).toEqual([25, 15, 5]);
    expect(
      readModel.list({ filter: { statuses: ['OPEN'] }, sort: 'UPDATED_DESC', first: 5 }).records.map((r) => r.id),
    ).toEqual(['t3']);
  });

  it('walks a large desk newest change first across pages, as a full sort would order it', () => {
    // Over 4,000 candidates the list walks its ordered index instead of sorting: changes out of order included.
    const events: TicketEvent[] = [];
    // Every tenth ticket opened late (a letter typed in afterwards): opening order is not number order.
    for (let n = 1; n <= 4_500; n++) events.push(opened(n, n % 10 ? {} : { openedAt: minutes(4_600 + (n % 97)) }));
    for (let i = 0; i < 3_000; i++) {
      const n = ((i * 7_919) % 4_500) + 1;
      const at = minutes(5_000 + ((i * 104_729) % 2_000));
      events.push({
        type: 'TicketPriorityChanged',
        data: { ticketId: `t${n}`, from: 'NORMAL', to: 'HIGH', changedAt: at, by: actor },
      });
    }
    const readModel = model(events);
    const expected = [...Array(4_500).keys()]
      .map((i) => readModel.byId(`t${i + 1}`)!)
      .sort((a, b) => (a.updatedAt === b.updatedAt ? b.number - a.number : a.updatedAt < b.updatedAt ? 1 : -1))
      .map((record) => record.id);
    const walked: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = readModel.list({ filter: {}, sort: 'UPDATED_DESC', first: 500, after });
      walked.push(...page.records.map((record) => record.id));
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(walked).toEqual(expected);

    // Newest opened first: the same walk over the order of opening (opened out of number order too).
    const byOpening = [...Array(4_500).keys()]
      .map((i) => readModel.byId(`t${i + 1}`)!)
      .sort((a, b) => (a.openedAt === b.openedAt ? b.number - a.number : a.openedAt < b.openedAt ? 1 : -1))
      .map((record) => record.id);
    const created: string[] = [];
    after = undefined;
    for (;;) {
      const page = readModel.list({ filter: {}, sort: 'CREATED_DESC', first: 500, after });
      created.push(...page.records.map((record) => record.id));
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(created).toEqual(byOpening);
  });

  it('finds tickets by text in Persian, Japanese, Vietnamese and English', () => {
    const readModel = model([
      opened(1, { subject: 'کتابخانه دیجیتال باز نمی‌شود' }),
      opened(2, { subject: '医学データベースにログインできません' }),
      opened(3, { subject: 'Không cài đặt được phần mềm' }),
      opened(4, { subject: 'Licence key rejected after upgrade' }),
    ]);
    const find = (query: string) => readModel.searchTickets(query, () => true).map((record) => record.number);
    expect(find('کتابخانه')).toEqual([1]);
    expect(find('نمیشود')).toEqual([1]);
    expect(find('データベース')).toEqual([2]);
    expect(find('cai dat')).toEqual([3]);
    expect(find('licence')).toEqual([4]);
    expect(find('#2')).toContain(2);
  });

  it('shows a merged ticket’s entries on its survivor', () => {
    const readModel = model([
      opened(1),
      opened(2),
      {
        type: 'TicketAbsorbed',
        data: { ticketId: 't1', mergedId: 't2', mergedNumber: 2, mergedAt: minutes(50), by: actor },
      },
      {
        type: 'TicketMergedInto',
        data: { ticketId: 't2', survivorId: 't1', survivorNumber: 1, mergedAt: minutes(50), by: actor },
      },
    ]);
    const timeline = readModel.timeline(readModel.byId('t1')!, new Date(minutes(60)));
    expect(timeline.filter((entry) => entry.fromTicketId === 't2').map((entry) => entry.kind)).toEqual([
      'OPENED',
      'MERGED_INTO',
    ]);
  });

  it('recomputes SLA targets from history when the policy changes, pauses while waiting, and shows breaches', () => {
    const readModel = model([opened(0, { priority: 'HIGH' })]);
    const calendar: TicketSettingsEvent = {
      type: 'BusinessCalendarSet',
      data: {
        calendarId: 'always',
        name: 'Always',
        timeZone: 'UTC',
        hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })),
        holidays: [],
        setAt: minutes(0),
        by: actor,
      },
    };
    const policy = (first: number): TicketSettingsEvent => ({
      type: 'SlaPolicySet',
      data: {
        departmentId: 'law',
        priority: 'HIGH',
        calendarId: 'always',
        firstResponseMinutes: first,
        nextResponseMinutes: null,
        resolutionMinutes: 300,
        setAt: minutes(0),
        by: actor,
      },
    });
    readModel.settings.apply(calendar);
    readModel.settings.apply(policy(60));
    const ticket = readModel.byId('t0')!;
    expect(readModel.sla(ticket, new Date(minutes(10)))[0]).toMatchObject({
      metric: 'FIRST_RESPONSE',
      state: 'RUNNING',
      dueAt: minutes(60),
      businessMinutesLeft: 50,
    });
    readModel.settings.apply(policy(120));
    expect(readModel.sla(ticket, new Date(minutes(10)))[0]).toMatchObject({ dueAt: minutes(120) });
    expect(readModel.sla(ticket, new Date(minutes(130)))[0]).toMatchObject({ state: 'BREACHED' });
    expect(readModel.timeline(ticket, new Date(minutes(130))).some((entry) => entry.kind === 'SLA_BREACHED')).toBe(
      true,
    );
    // Waiting for the customer from minute 30 to 90: the resolution clock stops for that hour.
    readModel.applyTicket(
      {
        type: 'TicketStatusChanged',
        data: {
          ticketId: 't0',
          from: 'NEW',
          to: 'WAITING_FOR_CUSTOMER',
          cause: null,
          changedAt: minutes(30),
          by: actor,
        },
      },
      'w1',
      1,
    );
    expect(readModel.sla(ticket, new Date(minutes(40))).find((t) => t.metric === 'RESOLUTION')).toMatchObject({
      state: 'PAUSED',
      dueAt: null,
    });
    readModel.applyTicket(
      {
        type: 'TicketStatusChanged',
        data: {
          ticketId: 't0',
          from: 'WAITING_FOR_CUSTOMER',
          to: 'OPEN',
          cause: null,
          changedAt: minutes(90),
          by: actor,
        },
      },
      'w2',
      2,
    );
    expect(readModel.sla(ticket, new Date(minutes(100))).find((t) => t.metric === 'RESOLUTION')).toMatchObject({
      state: 'RUNNING',
      dueAt: minutes(360),
    });
  });
});
