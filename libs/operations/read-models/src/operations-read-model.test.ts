import { describe, expect, it } from 'vitest';
import type { FoldedEvent } from './operations-figures';
import { OperationsReadModel } from './operations-read-model';
import { operationsProjection } from './projections';
import { ZoneHours, dayOfHour, firstHourOf } from './zone-hours';

// Asia/Tehran is UTC+03:30 all year: local midnight of 2026-03-10 is 2026-03-09T20:30Z.
const TEHRAN = 'Asia/Tehran';
const number = { raw: '+982188888888', e164: '+982188888888' };
const system = { kind: 'system' as const, id: 'pbx' };
const staffActor = { kind: 'STAFF' as const, id: 'ana', name: 'Ana' };

const rang = (callId: string, at: string, direction: 'IN' | 'OUT' = 'IN'): FoldedEvent => ({
  type: 'CallRang',
  data: {
    callId,
    source: 'CTI',
    pbxCallId: callId,
    direction,
    from: number,
    to: number,
    queue: null,
    users: [],
    staffIds: [],
    at,
  },
});
const answered = (callId: string, at: string): FoldedEvent => ({
  type: 'CallAnswered',
  data: { callId, byStaffId: 'ana', users: [], answeringNumber: null, at },
});
const ended = (callId: string, at: string, outcome: 'ANSWERED' | 'MISSED', durationSeconds: number): FoldedEvent => ({
  type: 'CallEnded',
  data: { callId, cause: null, outcome, durationSeconds, at },
});
const wrappedUp = (callId: string, requesterType: string, at: string): FoldedEvent => ({
  type: 'CallWrappedUp',
  data: { callId, topic: 'registration', outcome: 'ANSWERED', requesterType, by: system, at },
});
const opened = (ticketId: string, channel: 'WEB_FORM' | 'EMAIL' | 'LETTER', requesterType: string, at: string) =>
  ({
    type: 'TicketOpened',
    data: {
      ticketId,
      number: 1,
      channel,
      requester: { name: 'R', email: null, phone: null, language: 'fa', contactMethod: 'NONE' },
      requesterType,
      departmentId: 'fair',
      subject: 'Booth',
      priority: 'NORMAL',
      product: null,
      version: null,
      fields: {},
      tags: [],
      origin: null,
      accessTokenHash: null,
      openedAt: at,
      openedBy: { kind: 'REQUESTER', name: 'R' },
    },
  }) satisfies FoldedEvent;
const replied = (ticketId: string, at: string): FoldedEvent => ({
  type: 'TicketReplied',
  data: {
    ticketId,
    messageId: `${ticketId}-r`,
    text: 'ok',
    attachments: [],
    mailId: null,
    to: null,
    mail: null,
    repliedAt: at,
    author: staffActor,
  },
});
const status = (ticketId: string, from: 'NEW' | 'SOLVED', to: 'SOLVED' | 'OPEN', at: string): FoldedEvent => ({
  type: 'TicketStatusChanged',
  data: { ticketId, from, to, cause: null, changedAt: at, by: staffActor },
});
const agent = (staffId: string, displayName: string, roles: ('AGENT' | 'ADMIN')[] = ['AGENT']): FoldedEvent => ({
  type: 'StaffAccountCreated',
  data: { staffId, username: staffId, displayName, roles, passwordHash: 'x', createdAt: '2026-01-01T00:00:00Z' },
});
const signedIn = (staffId: string, sessionId: string, startedAt: string): FoldedEvent => ({
  type: 'SessionStarted',
  data: { staffId, sessionId, tokenHash: 'h', startedAt, expiresAt: '2026-03-20T00:00:00Z' },
});
const signedOut = (staffId: string, sessionId: string, endedAt: string): FoldedEvent => ({
  type: 'SessionEnded',
  data: { staffId, sessionId, endedAt, reason: 'SIGNED_OUT' },
});

function modelWith(events: FoldedEvent[], settings?: Parameters<OperationsReadModel['startWith']>[0]) {
  const readModel = new OperationsReadModel({ timeZone: TEHRAN });
  if (settings) readModel.startWith(settings);
  const projection = operationsProjection(readModel);
  for (const event of events) projection.apply(event as never);
  return readModel;
}

const now = new Date('2026-03-12T00:00:00Z');
const channel = (volumes: { byChannel: { channel: string; received: number; answered: number }[] }, key: string) =>
  volumes.byChannel.find((volume) => volume.channel === key);

describe('hours in the organisation’s zone', () => {
  it('counts Tehran’s days from its own midnight, not UTC’s', () => {
    const zone = new ZoneHours(TEHRAN);
    expect(dayOfHour(zone.hourOf(Date.parse('2026-03-09T20:29:59Z')))).toBe('2026-03-09');
    expect(dayOfHour(zone.hourOf(Date.parse('2026-03-09T20:30:00Z')))).toBe('2026-03-10');
    expect(new Date(zone.startOf(firstHourOf('2026-03-10'))).toISOString()).toBe('2026-03-09T20:30:00.000Z');
    expect(zone.hourOf(Date.parse('2026-03-10T04:30:00Z')) % 24).toBe(8);
  });

  it('gives a day of 23 hours where the clocks go forward', () => {
    const zone = new ZoneHours('Europe/Berlin');
    const start = zone.startOf(firstHourOf('2026-03-29'));
    const end = zone.startOf(firstHourOf('2026-03-30'));
    expect(new Date(start).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((end - start) / 3_600_000).toBe(23);
    // 02:00 does not exist that night: the hour before it ends where 03:00 begins.
    const two = firstHourOf('2026-03-29') + 2;
    expect(new Date(zone.startOf(two - 1)).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(zone.startOf(two)).toBe(zone.startOf(two + 1));
    expect(new Date(zone.startOf(two + 1)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
});

describe('operations figures', () => {
  const calls = [
    rang('c1', '2026-03-09T20:20:00Z'), // 23:50 on the 9th in Tehran
    answered('c1', '2026-03-09T20:20:15Z'),
    ended('c1', '2026-03-09T20:22:15Z', 'ANSWERED', 120),
    wrappedUp('c1', 'publisher', '2026-03-09T20:23:00Z'),
    rang('c2', '2026-03-09T20:40:00Z'), // 00:10 on the 10th
    ended('c2', '2026-03-09T20:41:00Z', 'MISSED', 0),
    rang('c3', '2026-03-10T05:00:00Z', 'OUT'),
    answered('c3', '2026-03-10T05:00:30Z'),
    ended('c3', '2026-03-10T05:03:30Z', 'ANSWERED', 180),
  ];

  it('counts calls on the day they rang in the organisation’s zone, by requester type, with service levels', () => {
    const readModel = modelWith(calls);
    const view = readModel.dashboard({ from: '2026-03-09', to: '2026-03-10', granularity: 'DAY', now });
    expect(view.buckets.map((bucket) => [bucket.key, bucket.volumes.received])).toEqual([
      ['2026-03-09', 1],
      ['2026-03-10', 2],
    ]);
    expect(channel(view.volumes, 'INBOUND_CALL')).toEqual({ channel: 'INBOUND_CALL', received: 2, answered: 1 });
    expect(channel(view.volumes, 'OUTBOUND_CALL')).toEqual({ channel: 'OUTBOUND_CALL', received: 1, answered: 1 });
    expect(view.volumes.matrix).toContainEqual({
      channel: 'INBOUND_CALL',
      requesterType: 'publisher',
      received: 1,
      answered: 1,
    });
    expect(view.volumes.matrix).toContainEqual({
      channel: 'INBOUND_CALL',
      requesterType: 'unknown',
      received: 1,
      answered: 0,
    });
    const levels = view.serviceLevels;
    expect([levels.callsOffered, levels.callsAnswered, levels.callsAbandoned]).toEqual([2, 1, 1]);
    expect(levels.answerRate).toBe(0.5);
    expect(levels.serviceLevel).toBe(0.5);
    expect(levels.averageWaitSeconds).toBe(15);
    expect(levels.p90WaitSeconds).toBe(15);
    // UTC days would put all three calls on the 9th and 10th differently: only the 10th by Tehran's clock.
    const tenth = readModel.dashboard({ from: '2026-03-10', to: '2026-03-10', granularity: 'DAY', now });
    expect(tenth.volumes.received).toBe(2);
  });

  it('answers again from kept day sums until a day changes', () => {
    const readModel = modelWith(calls.slice(0, 4));
    const period = { from: '2026-03-09', to: '2026-03-10', granularity: 'DAY' as const, now };
    expect(readModel.dashboard(period).volumes.received).toBe(1);
    expect(readModel.dashboard(period).volumes.received).toBe(1);
    const projection = operationsProjection(readModel);
    for (const event of calls.slice(4)) projection.apply(event as never);
    const again = readModel.dashboard(period);
    expect(again.volumes.received).toBe(3);
    expect(again.buckets.map((bucket) => bucket.volumes.received)).toEqual([1, 2]);
  });

  it('counts as answered only what the definitions say', () => {
    const strict = modelWith(calls, [
      {
        type: 'OperationsDefinitionsChanged',
        data: {
          version: 1,
          answered: { minTalkSeconds: 150 },
          serviceLevel: { answerWithinSeconds: 10 },
          requesterTypes: { publisher: 'exhibitors' },
          by: system,
          at: '2026-03-01T00:00:00Z',
        },
      },
    ]);
    const view = strict.dashboard({ from: '2026-03-09', to: '2026-03-10', granularity: 'DAY', now });
    expect(channel(view.volumes, 'INBOUND_CALL')?.answered).toBe(0);
    expect(channel(view.volumes, 'OUTBOUND_CALL')?.answered).toBe(1);
    expect(view.serviceLevels.serviceLevel).toBe(0);
    expect(view.volumes.byRequesterType.map((type) => type.requesterType).sort()).toEqual(['exhibitors', 'unknown']);
    expect(strict.stale).toBe(false);
  });

  it('counts tickets by channel and requester type, mails answered once, and the backlog over time', () => {
    const readModel = modelWith([
      opened('t1', 'WEB_FORM', 'publisher', '2026-03-10T05:00:00Z'),
      opened('t2', 'WEB_FORM', 'buyer', '2026-03-10T06:00:00Z'),
      opened('t3', 'EMAIL', 'buyer', '2026-03-10T07:00:00Z'),
      replied('t3', '2026-03-10T07:30:00Z'),
      replied('t3', '2026-03-10T08:30:00Z'),
      opened('t4', 'EMAIL', 'buyer', '2026-03-10T07:00:00Z'),
      opened('t5', 'LETTER', 'secretariat', '2026-03-10T09:00:00Z'),
      status('t1', 'NEW', 'SOLVED', '2026-03-11T06:00:00Z'),
      {
        type: 'TicketDetailsChanged',
        data: { ticketId: 't2', requesterType: 'publisher', changedAt: '2026-03-11T06:00:00Z', by: staffActor },
      },
    ]);
    const view = readModel.dashboard({ from: '2026-03-10', to: '2026-03-11', granularity: 'DAY', now });
    expect(channel(view.volumes, 'TICKET')).toMatchObject({ received: 2, answered: 0 });
    expect(channel(view.volumes, 'EMAIL')).toMatchObject({ received: 2, answered: 1 });
    expect(channel(view.volumes, 'LETTER')).toMatchObject({ received: 1 });
    expect(view.volumes.matrix).toContainEqual({
      channel: 'TICKET',
      requesterType: 'publisher',
      received: 2,
      answered: 0,
    });
    expect(view.serviceLevels.firstResponse).toMatchObject({ count: 1, averageMinutes: 30, withTarget: 0 });
    expect(view.serviceLevels.resolution).toMatchObject({ count: 1, averageMinutes: 1500 });
    expect(view.backlog.map((point) => point.open)).toEqual([5, 4]);
  });

  it('holds first responses against the SLA policy of the ticket’s department and priority', () => {
    const readModel = modelWith([
      {
        type: 'BusinessCalendarSet',
        data: {
          calendarId: 'fair',
          name: 'Fair',
          timeZone: TEHRAN,
          hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '08:00', end: '24:00' })),
          holidays: [],
          setAt: '2026-03-01T00:00:00Z',
          by: staffActor,
        },
      },
      {
        type: 'SlaPolicySet',
        data: {
          departmentId: 'fair',
          priority: 'NORMAL',
          calendarId: 'fair',
          firstResponseMinutes: 60,
          nextResponseMinutes: null,
          resolutionMinutes: null,
          setAt: '2026-03-01T00:00:00Z',
          by: staffActor,
        },
      },
      opened('t1', 'WEB_FORM', 'publisher', '2026-03-10T05:00:00Z'),
      replied('t1', '2026-03-10T05:30:00Z'),
      opened('t2', 'WEB_FORM', 'publisher', '2026-03-10T05:00:00Z'),
      replied('t2', '2026-03-10T08:00:00Z'),
    ]);
    const view = readModel.dashboard({ from: '2026-03-10', to: '2026-03-10', granularity: 'DAY', now });
    expect(view.serviceLevels.firstResponse).toMatchObject({
      count: 2,
      withTarget: 2,
      met: 1,
      breached: 1,
      metRate: 0.5,
    });
  });

  it('counts agents online from sign-ins, person-hours and person-days per shift, and who was online at the peak', () => {
    const readModel = modelWith([
      agent('ana', 'Ana'),
      agent('bo', 'Bo'),
      agent('root', 'Admin', ['ADMIN']),
      signedIn('ana', 's1', '2026-03-10T04:30:00Z'), // 08:00 Tehran
      signedOut('ana', 's1', '2026-03-10T12:30:00Z'), // 16:00
      signedIn('bo', 's2', '2026-03-10T12:30:00Z'), // 16:00, still signed in
      signedIn('root', 's3', '2026-03-10T04:30:00Z'),
      rang('q1', '2026-03-10T13:00:00Z'),
      rang('q2', '2026-03-10T13:00:10Z'),
      answered('q1', '2026-03-10T13:00:20Z'),
    ]);
    const view = readModel.dashboard({
      from: '2026-03-10',
      to: '2026-03-10',
      granularity: 'SHIFT',
      now: new Date('2026-03-10T16:30:00Z'), // 20:00 Tehran
    });
    expect(
      view.buckets.map((bucket) => [bucket.key, bucket.staffing.agentsOnline, bucket.staffing.personHours]),
    ).toEqual([
      ['2026-03-10/morning', 1, 8],
      ['2026-03-10/evening', 1, 4],
    ]);
    expect(view.staffing).toMatchObject({ agentsOnline: 2, personDays: 2, personHours: 12 });
    expect(view.peak).toMatchObject({
      at: '2026-03-10T13:00:10.000Z',
      waiting: 2,
      agentsOnline: [{ id: 'bo', name: 'Bo' }],
    });
    const hourly = readModel.dashboard({ from: '2026-03-10', to: '2026-03-10', granularity: 'HOUR', now });
    expect(hourly.buckets).toHaveLength(24);
    expect(hourly.buckets[16]).toMatchObject({
      key: '2026-03-10T16',
      hour: 16,
      queuePeak: 2,
      start: '2026-03-10T12:30:00.000Z',
    });
  });

  it('folds chats, offline questions and bookings where they arrived', () => {
    const readModel = modelWith([
      {
        type: 'ChatRequested',
        data: {
          chatId: 'h1',
          departmentId: 'fair',
          visitor: { name: 'V', email: null },
          firstQuestion: '?',
          visitorTokenHash: 'x',
          requestedAt: '2026-03-10T05:00:00Z',
        },
      },
      {
        type: 'ChatAccepted',
        data: { chatId: 'h1', agent: { id: 'ana', name: 'Ana' }, acceptedAt: '2026-03-10T05:00:40Z' },
      },
      {
        type: 'ChatClosedByAgent',
        data: { chatId: 'h1', agent: { id: 'ana', name: 'Ana' }, reason: 'done', closedAt: '2026-03-10T05:10:40Z' },
      },
      {
        type: 'ChatRequested',
        data: {
          chatId: 'h2',
          departmentId: 'fair',
          visitor: { name: 'V', email: null },
          firstQuestion: '?',
          visitorTokenHash: 'x',
          requestedAt: '2026-03-10T05:00:00Z',
        },
      },
      {
        type: 'ChatAbandoned',
        data: { chatId: 'h2', visitorLeftAt: '2026-03-10T05:01:00Z', abandonedAt: '2026-03-10T05:03:00Z' },
      },
      {
        type: 'OfflineQuestionAsked',
        data: {
          questionId: 'o1',
          departmentId: 'fair',
          visitor: { name: 'V', email: 'v@example.org' },
          question: '?',
          askedAt: '2026-03-10T05:00:00Z',
        },
      },
    ]);
    const view = readModel.dashboard({ from: '2026-03-10', to: '2026-03-10', granularity: 'DAY', now });
    expect(channel(view.volumes, 'CHAT')).toMatchObject({ received: 2, answered: 1 });
    expect(channel(view.volumes, 'OFFLINE_QUESTION')).toMatchObject({ received: 1, answered: 0 });
    expect(view.serviceLevels).toMatchObject({
      chatsRequested: 2,
      chatsAccepted: 1,
      chatsAbandoned: 1,
      averageChatWaitSeconds: 40,
    });
    expect(view.staffing.handlingHours).toBeCloseTo(10 / 60, 2);
  });

  it('marks the figures stale when newer definitions are recorded, until new figures replace them', () => {
    const readModel = modelWith(calls);
    const projection = operationsProjection(readModel);
    projection.apply({
      type: 'OperationsShiftsDefined',
      data: { version: 1, shifts: [], by: system, at: '2026-03-11T00:00:00Z' },
    } as never);
    expect(readModel.stale).toBe(true);
    const fresh = readModel.freshFigures();
    for (const event of calls) fresh.apply(event);
    readModel.replaceFigures(fresh, { finishedAt: '2026-03-11T00:00:01Z', durationMs: 1, eventsReplayed: 9 });
    expect(readModel.stale).toBe(false);
    expect(readModel.rebuild.state).toBe('CURRENT');
  });
});
