import { isRejection } from '@deskstream/domain-kit';
import { callDecider, type CallCommand, type CallEvent } from '@deskstream/calls-domain';
import { describe, expect, it } from 'vitest';
import { CallsReadModel } from './calls-read-model';
import { applyCallsEvent } from './projections';

const number = (e164: string) => ({ raw: e164.slice(1), e164 });

/** Runs commands through the decider and folds what it decides into the read model, as the api does. */
function run(readModel: CallsReadModel, streams: Map<string, CallEvent[]>, command: CallCommand) {
  const history = streams.get(command.data.callId) ?? [];
  const decision = callDecider.decide(command, history.reduce(callDecider.evolve, callDecider.initialState()));
  if (isRejection(decision)) throw new Error(decision.code);
  streams.set(command.data.callId, [...history, ...decision]);
  for (const event of decision) applyCallsEvent(readModel, event);
}

const cti = (
  callId: string,
  event: 'newCall' | 'answer' | 'hangup',
  at: string,
  cause: string | null = null,
): CallCommand => ({
  type: 'RecordCtiEvent',
  data: {
    callId,
    event,
    pbxCallId: callId,
    direction: 'IN',
    from: number(`+4930555716${callId.slice(-2)}`),
    to: number('+4930123456'),
    queue: null,
    users: [],
    staffIds: [],
    answeringStaffId: null,
    answeringNumber: null,
    cause,
    at,
  },
});

describe('the calls read model', () => {
  it('lists live, today (in the desk zone), missed and by number; pages newest first; queues callbacks', () => {
    const readModel = new CallsReadModel({ timeZone: 'Asia/Tehran' });
    const streams = new Map<string, CallEvent[]>();
    // 21:00 UTC on the 8th is already the 9th in Tehran (+03:30).
    run(readModel, streams, cti('c-01', 'newCall', '2026-03-08T21:00:00.000Z'));
    run(readModel, streams, cti('c-01', 'answer', '2026-03-08T21:00:10.000Z'));
    run(readModel, streams, cti('c-01', 'hangup', '2026-03-08T21:05:10.000Z', 'normalClearing'));
    run(readModel, streams, cti('c-02', 'newCall', '2026-03-09T08:00:00.000Z'));
    run(readModel, streams, cti('c-02', 'hangup', '2026-03-09T08:00:30.000Z', 'noAnswer'));
    run(readModel, streams, cti('c-03', 'newCall', '2026-03-09T09:00:00.000Z'));
    const now = new Date('2026-03-09T09:00:20.000Z');

    const live = readModel.page({ view: 'LIVE', first: 10, now });
    expect(live.calls.map((call) => [call.id, call.state])).toEqual([['c-03', 'RINGING']]);
    const today = readModel.page({ view: 'TODAY', first: 10, now });
    expect(today.calls.map((call) => call.id)).toEqual(['c-03', 'c-02', 'c-01']);
    expect(readModel.call('c-01')).toMatchObject({ day: '2026-03-09', durationSeconds: 300, endOutcome: 'ANSWERED' });
    expect(readModel.page({ view: 'MISSED', first: 10, now }).calls.map((call) => call.id)).toEqual(['c-02']);
    expect(readModel.callbackQueue().map((callback) => [callback.callId, callback.state])).toEqual([
      ['c-02', 'WAITING'],
    ]);
    expect(
      readModel.page({ view: 'ALL', number: '+493055571602', first: 10, now }).calls.map((call) => call.id),
    ).toEqual(['c-02']);

    const dayByNumber = (day: string) =>
      readModel.page({ view: 'TODAY', day, number: '+493055571602', first: 10, now }).calls.map((call) => call.id);
    expect(dayByNumber('2026-03-09')).toEqual(['c-02']);
    expect(dayByNumber('2026-03-08')).toEqual([]);

    const first = readModel.page({ view: 'ALL', first: 2, now });
    expect(first.calls.map((call) => call.id)).toEqual(['c-03', 'c-02']);
    expect(first.totalCount).toBe(3);
    const second = readModel.page({ view: 'ALL', first: 2, after: first.endCursor!, now });
    expect(second.calls.map((call) => call.id)).toEqual(['c-01']);
    expect(second.endCursor).toBeNull();

    // The late answer of the missed call: answered after all, the callback withdrawn.
    run(readModel, streams, cti('c-02', 'answer', '2026-03-09T08:00:31.000Z'));
    expect(readModel.callbackQueue()).toEqual([]);
    expect(readModel.page({ view: 'MISSED', first: 10, now }).calls).toEqual([]);
    expect(readModel.call('c-02')?.callback?.state).toBe('WITHDRAWN');
  });

  it('hides a call the PBX never ended from the live list after half a day', () => {
    const readModel = new CallsReadModel();
    run(readModel, new Map(), cti('c-09', 'newCall', '2026-03-09T08:00:00.000Z'));
    expect(readModel.page({ view: 'LIVE', first: 10, now: new Date('2026-03-09T21:00:00.000Z') }).calls).toEqual([]);
  });
});
