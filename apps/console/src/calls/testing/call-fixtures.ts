import type {
  CallbackFieldsFragment as Callback,
  CallerFieldsFragment as Caller,
  CallFieldsFragment as Call,
} from '../../generated/graphql';

export const NEGAH: Caller = {
  id: 'demo-negah',
  kind: 'ORGANISATION',
  name: 'Negah Publishing',
  organisation: null,
  openTickets: [{ id: 'ticket-7', number: 7, subject: 'Reader will not start', status: 'OPEN' }],
  registrations: [
    { id: 'reg-1', version: '2.1', deviceSerial: 'NR-1234-5678', product: { key: 'noor-reader', name: 'Noor Reader' } },
  ],
};

export const HANNAH: Caller = {
  id: 'demo-hannah',
  kind: 'PERSON',
  name: 'Hannah Vogel',
  organisation: { id: 'demo-verlag-nord', name: 'Verlag Nord' },
  openTickets: [],
  registrations: [],
};

/** A call as the api describes one in full (ringing, inbound, for everyone, unless overridden). */
export function call(overrides: Partial<Call> = {}): Call {
  return {
    id: 'cti-1',
    source: 'CTI',
    direction: 'IN',
    state: 'RINGING',
    from: { raw: '+98 21 8888 1234', e164: '+982188881234' },
    to: { raw: '+98 21 6000', e164: null },
    counterpart: { raw: '+98 21 8888 1234', e164: '+982188881234' },
    queue: 'support',
    ringing: [],
    answeredBy: null,
    takenBy: null,
    startedAt: '2026-12-07T09:00:00.000Z',
    answeredAt: null,
    endedAt: null,
    durationSeconds: null,
    outcome: null,
    cause: null,
    wrapUp: null,
    callback: null,
    caller: NEGAH,
    notes: [],
    tickets: [],
    ...overrides,
  };
}

export const SARA = { id: 'agent-1', name: 'Sara Ahmadi' };

export function callback(overrides: Partial<Callback> = {}): Callback {
  return {
    callId: 'cti-9',
    state: 'WAITING',
    number: { raw: '+49 30 5557160', e164: '+49305557160' },
    reason: 'MISSED',
    queuedAt: '2026-12-07T08:00:00.000Z',
    completedAt: null,
    assignee: null,
    attempts: [],
    call: {
      id: 'cti-9',
      direction: 'IN',
      startedAt: '2026-12-07T08:00:00.000Z',
      to: { raw: '6000', e164: null },
      caller: HANNAH,
    },
    ...overrides,
  };
}
