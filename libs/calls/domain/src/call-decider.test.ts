import { deciderSpec } from '@deskstream/domain-kit/testing';
import { describe, expect, it } from 'vitest';
import { callDecider, type CallCommand } from './call-decider';
import type { CallActor, CallEvent } from './calls-events';
import type { RecordCtiEvent } from './cti-decisions';

const given = deciderSpec(callDecider);
const agent: CallActor = { kind: 'staff', id: 'ana' };
const caller = { raw: '493055571600', e164: '+493055571600' };
const desk = { raw: '4930123456', e164: '+4930123456' };
const t = (seconds: number) => new Date(Date.UTC(2026, 2, 9, 10, 0, seconds)).toISOString();

const cti = (
  event: RecordCtiEvent['data']['event'],
  at: string,
  more: Partial<RecordCtiEvent['data']> = {},
): CallCommand => ({
  type: 'RecordCtiEvent',
  data: {
    callId: 'cti-1',
    event,
    pbxCallId: 'abc',
    direction: 'IN',
    from: caller,
    to: desk,
    queue: 'helpdesk',
    users: ['Ana Agent'],
    staffIds: ['ana'],
    answeringStaffId: event === 'answer' ? 'ana' : null,
    answeringNumber: null,
    cause: null,
    at,
    ...more,
  },
});

const rang: CallEvent = {
  type: 'CallRang',
  data: {
    callId: 'cti-1',
    source: 'CTI',
    pbxCallId: 'abc',
    direction: 'IN',
    from: caller,
    to: desk,
    queue: 'helpdesk',
    users: ['Ana Agent'],
    staffIds: ['ana'],
    at: t(0),
  },
};
const answered: CallEvent = {
  type: 'CallAnswered',
  data: { callId: 'cti-1', byStaffId: 'ana', users: ['Ana Agent'], answeringNumber: null, at: t(5) },
};
const ended = (
  outcome: 'ANSWERED' | 'MISSED' | 'ABANDONED' | 'BUSY' | 'VOICEMAIL',
  at: string,
  durationSeconds = 0,
  cause: string | null = 'normalClearing',
): CallEvent => ({
  type: 'CallEnded',
  data: { callId: 'cti-1', cause, outcome, durationSeconds, at },
});
const queued = (reason: 'MISSED' | 'ABANDONED' | 'BUSY' | 'VOICEMAIL', at: string): CallEvent => ({
  type: 'CallbackQueued',
  data: { callId: 'cti-1', number: caller, reason, at },
});

describe('webhook events', () => {
  it('rings, answers and ends an answered call with its length', () => {
    given([])
      .when(cti('newCall', t(0)))
      .then([rang]);
    given([rang])
      .when(cti('answer', t(5)))
      .then([answered]);
    given([rang, answered])
      .when(cti('hangup', t(65), { cause: 'normalClearing' }))
      .then([ended('ANSWERED', t(65), 60)]);
  });

  it('writes the same event twice once', () => {
    given([rang])
      .when(cti('newCall', t(1)))
      .then([]);
    given([rang, answered])
      .when(cti('answer', t(6)))
      .then([]);
    given([rang, answered, ended('ANSWERED', t(65), 60)])
      .when(cti('hangup', t(66)))
      .then([]);
  });

  it('queues a callback for a missed, abandoned or busy inbound call', () => {
    given([rang])
      .when(cti('hangup', t(30), { cause: 'noAnswer' }))
      .then([ended('MISSED', t(30), 0, 'noAnswer'), queued('MISSED', t(30))]);
    given([rang])
      .when(cti('hangup', t(30), { cause: 'cancel' }))
      .then([ended('ABANDONED', t(30), 0, 'cancel'), queued('ABANDONED', t(30))]);
    given([rang])
      .when(cti('hangup', t(30), { cause: 'busy' }))
      .then([ended('BUSY', t(30), 0, 'busy'), queued('BUSY', t(30))]);
  });

  it('counts an answer by the voicemail box as voicemail, with a callback', () => {
    const voicemail: CallEvent = {
      type: 'CallAnswered',
      data: { callId: 'cti-1', byStaffId: null, users: ['voicemail'], answeringNumber: null, at: t(20) },
    };
    given([rang])
      .when(cti('answer', t(20), { users: ['voicemail'] }))
      .then([voicemail]);
    given([rang, voicemail])
      .when(cti('hangup', t(50), { cause: 'normalClearing' }))
      .then([ended('VOICEMAIL', t(50), 30), queued('VOICEMAIL', t(50))]);
  });

  it('queues no callback for an outbound call or an anonymous caller', () => {
    const outbound = cti('hangup', t(30), { direction: 'OUT', from: desk, to: caller, cause: 'noAnswer' });
    const decision = callDecider.decide(outbound, callDecider.initialState());
    expect(Array.isArray(decision) && decision.map((event) => event.type)).toEqual(['CallRang', 'CallEnded']);
    const anonymous = cti('hangup', t(30), { from: { raw: 'anonymous', e164: null }, cause: 'cancel' });
    const second = callDecider.decide(anonymous, callDecider.initialState());
    expect(Array.isArray(second) && second.map((event) => event.type)).toEqual(['CallRang', 'CallEnded']);
  });

  it('tolerates a hangup before its newCall: rings and ends at once, and the late newCall adds nothing', () => {
    const early = { ...rang, data: { ...rang.data, at: t(30) } } as CallEvent;
    given([])
      .when(cti('hangup', t(30), { cause: 'cancel' }))
      .then([early, ended('ABANDONED', t(30), 0, 'cancel'), queued('ABANDONED', t(30))]);
    given([early, ended('ABANDONED', t(30), 0, 'cancel'), queued('ABANDONED', t(30))])
      .when(cti('newCall', t(31)))
      .then([]);
  });

  it('corrects the outcome when the answer comes after the hangup, and withdraws the callback', () => {
    given([rang, ended('MISSED', t(30), 0, 'noAnswer'), queued('MISSED', t(30))])
      .when(cti('answer', t(31)))
      .then([
        { ...answered, data: { ...answered.data, at: t(30) } } as CallEvent,
        ended('ANSWERED', t(30), 0, 'noAnswer'),
        { type: 'CallbackWithdrawn', data: { callId: 'cti-1', at: t(31) } },
      ]);
  });

  it('rings an answer that comes first', () => {
    const decision = callDecider.decide(cti('answer', t(5)), callDecider.initialState());
    expect(Array.isArray(decision) && decision.map((event) => event.type)).toEqual(['CallRang', 'CallAnswered']);
  });
});

describe('agents on a call', () => {
  const over = [rang, answered, ended('ANSWERED', t(65), 60)];

  it('takes a call once; another agent cannot take it', () => {
    given([rang])
      .when({ type: 'TakeCall', data: { callId: 'cti-1', staffId: 'ana', at: t(1) } })
      .then([{ type: 'CallTaken', data: { callId: 'cti-1', staffId: 'ana', at: t(1) } }]);
    const taken: CallEvent = { type: 'CallTaken', data: { callId: 'cti-1', staffId: 'ana', at: t(1) } };
    given([rang, taken])
      .when({ type: 'TakeCall', data: { callId: 'cti-1', staffId: 'ana', at: t(2) } })
      .then([]);
    given([rang, taken])
      .when({ type: 'TakeCall', data: { callId: 'cti-1', staffId: 'bo', at: t(2) } })
      .then('CALL_ALREADY_TAKEN');
    given([])
      .when({ type: 'TakeCall', data: { callId: 'cti-1', staffId: 'ana', at: t(2) } })
      .then('CALL_NOT_FOUND');
  });

  it('notes a call, once per note id, refusing empty and huge notes', () => {
    const note = {
      type: 'NoteCall' as const,
      data: { callId: 'cti-1', noteId: 'n1', text: '  Wants the invoice  ', by: agent, at: t(10) },
    };
    given([rang])
      .when(note)
      .then([{ type: 'CallNoted', data: { ...note.data, text: 'Wants the invoice' } }]);
    given([rang, { type: 'CallNoted', data: note.data }])
      .when(note)
      .then([]);
    given([rang])
      .when({ ...note, data: { ...note.data, text: ' ' } })
      .then('CALL_NOTE_INVALID');
    given([rang])
      .when({ ...note, data: { ...note.data, text: 'x'.repeat(4_001) } })
      .then('CALL_NOTE_INVALID');
  });

  it('wraps up an ended call; the same wrap-up twice is written once', () => {
    const wrap = {
      type: 'WrapUpCall' as const,
      data: {
        callId: 'cti-1',
        topic: 'Invoice',
        outcome: 'ANSWERED' as const,
        requesterType: 'publisher',
        by: agent,
        at: t(70),
      },
    };
    given([rang, answered]).when(wrap).then('CALL_NOT_ENDED');
    given(over)
      .when(wrap)
      .then([{ type: 'CallWrappedUp', data: wrap.data }]);
    given([...over, { type: 'CallWrappedUp', data: wrap.data }])
      .when(wrap)
      .then([]);
    given(over)
      .when({ ...wrap, data: { ...wrap.data, topic: '' } })
      .then('CALL_TOPIC_INVALID');
  });

  it('links a ticket once', () => {
    const link = {
      type: 'LinkCallTicket' as const,
      data: { callId: 'cti-1', ticketId: 't1', mode: 'OPENED' as const, by: agent, at: t(70) },
    };
    given(over)
      .when(link)
      .then([{ type: 'CallTicketLinked', data: link.data }]);
    given([...over, { type: 'CallTicketLinked', data: link.data }])
      .when(link)
      .then([]);
  });
});

describe('callbacks', () => {
  const missed = [rang, ended('MISSED', t(30), 0, 'noAnswer'), queued('MISSED', t(30))];
  const attempt = {
    type: 'AttemptCallback' as const,
    data: { callId: 'cti-1', attemptId: 'a1', outcome: 'NO_ANSWER' as const, note: null, by: agent, at: t(100) },
  };

  it('assigns, attempts and completes a callback', () => {
    given(missed)
      .when({ type: 'AssignCallback', data: { callId: 'cti-1', staffId: 'ana', by: agent, at: t(90) } })
      .then([{ type: 'CallbackAssigned', data: { callId: 'cti-1', staffId: 'ana', by: agent, at: t(90) } }]);
    given(missed)
      .when(attempt)
      .then([{ type: 'CallbackAttempted', data: attempt.data }]);
    given([...missed, { type: 'CallbackAttempted', data: attempt.data }])
      .when(attempt)
      .then([]);
    given(missed)
      .when({ type: 'CompleteCallback', data: { callId: 'cti-1', by: agent, at: t(120) } })
      .then([{ type: 'CallbackCompleted', data: { callId: 'cti-1', by: agent, at: t(120) } }]);
  });

  it('refuses a callback on an answered call and attempts on a completed one', () => {
    given([rang, answered, ended('ANSWERED', t(65), 60)])
      .when(attempt)
      .then('CALL_CALLBACK_NOT_FOUND');
    const done: CallEvent = { type: 'CallbackCompleted', data: { callId: 'cti-1', by: agent, at: t(120) } };
    given([...missed, done])
      .when({ ...attempt, data: { ...attempt.data, attemptId: 'a2' } })
      .then('CALL_CALLBACK_CLOSED');
    given([...missed, done])
      .when({ type: 'CompleteCallback', data: { callId: 'cti-1', by: agent, at: t(130) } })
      .then([]);
  });
});

describe('hand-logged calls', () => {
  const log = {
    type: 'LogCall' as const,
    data: {
      callId: 'm1',
      direction: 'IN' as const,
      counterpart: caller,
      startedAt: t(0),
      durationSeconds: 0,
      outcome: 'MISSED' as const,
      topic: null,
      requesterType: null,
      notes: 'Left a message at the front desk',
      by: agent,
      at: t(60),
    },
  };

  it('logs a call in one event, queues a callback for a missed one, and writes a retry once', () => {
    given([])
      .when(log)
      .then([
        { type: 'CallLogged', data: { ...log.data, source: 'MANUAL' } },
        { type: 'CallbackQueued', data: { callId: 'm1', number: caller, reason: 'MISSED', at: t(60) } },
      ]);
    given([{ type: 'CallLogged', data: { ...log.data, source: 'MANUAL' } }])
      .when(log)
      .then([]);
    given([rang]).when(log).then('CALL_EXISTS');
  });

  it('refuses a bad duration and a huge note', () => {
    given([])
      .when({ ...log, data: { ...log.data, durationSeconds: -1 } })
      .then('CALL_DURATION_INVALID');
    given([])
      .when({ ...log, data: { ...log.data, durationSeconds: 1.5 } })
      .then('CALL_DURATION_INVALID');
    given([])
      .when({ ...log, data: { ...log.data, notes: 'x'.repeat(10_000) } })
      .then('CALL_NOTE_INVALID');
  });
});

describe('wrap-up into a ticket', () => {
  it('links the ticket with the wrap-up, once', () => {
    const rang: CallEvent = {
      type: 'CallLogged',
      data: {
        callId: 'm2',
        source: 'MANUAL',
        direction: 'OUT',
        counterpart: caller,
        startedAt: t(0),
        durationSeconds: 60,
        outcome: 'ANSWERED',
        topic: null,
        requesterType: null,
        notes: null,
        by: agent,
        at: t(90),
      },
    };
    const wrap = {
      type: 'WrapUpCall' as const,
      data: {
        callId: 'm2',
        topic: 'Order',
        outcome: 'ANSWERED' as const,
        requesterType: null,
        ticket: { ticketId: 't9', mode: 'OPENED' as const },
        by: agent,
        at: t(100),
      },
    };
    const wrapped: CallEvent = {
      type: 'CallWrappedUp',
      data: { callId: 'm2', topic: 'Order', outcome: 'ANSWERED', requesterType: null, by: agent, at: t(100) },
    };
    const linked: CallEvent = {
      type: 'CallTicketLinked',
      data: { callId: 'm2', ticketId: 't9', mode: 'OPENED', by: agent, at: t(100) },
    };
    given([rang]).when(wrap).then([wrapped, linked]);
    given([rang, wrapped, linked]).when(wrap).then([]);
  });
});
