/**
 * The customers benchmark's data: customer n (`bench-c-<n>`) with the email the tickets
 * generator gives ticket n's requester (`r<n>@example.org`) and a mobile number of its own; the
 * first half of them have that ticket; every one has an offline question by email and a
 * hand-logged call from their number; the first `HEAVY` customers have `HEAVY_CALLS` more calls
 * each, so some timelines are long.
 */
import type { CallEvent } from '@deskstream/calls-domain';
import type { QuestionEvent } from '@deskstream/chat-domain';
import type { CustomerEvent } from '@deskstream/customers-domain';

export const HEAVY = 200;
export const HEAVY_CALLS = 40;

export const customerIdOf = (n: number) => `bench-c-${n}`;
export const phoneOf = (n: number) => `+98912${String(n).padStart(7, '0')}`;
/** The same number as a person would type it. */
export const nationalPhoneOf = (n: number) =>
  `0912 ${String(n)
    .padStart(7, '0')
    .replace(/^(\d{3})/, '$1 ')}`;

const BY = { kind: 'system' as const };
const at = (start: number, n: number, minutes = 0) => new Date(start + n * 20_000 + minutes * 60_000).toISOString();

export function customerEvents(n: number, start: number): CustomerEvent[] {
  return [
    {
      type: 'CustomerRecorded',
      data: {
        customerId: customerIdOf(n),
        kind: 'PERSON',
        organisationType: null,
        language: ['fa', 'en', 'ja', 'vi'][n % 4]!,
        preferredContact: 'EMAIL',
        requesterType: n % 2 ? 'patron' : 'publisher',
        organisationId: null,
        personal: { name: `Customer ${n}`, emails: [`r${n}@example.org`], phones: [phoneOf(n)] },
        at: at(start, n),
        by: BY,
      },
    },
  ];
}

export function questionEvents(n: number, start: number): QuestionEvent[] {
  return [
    {
      type: 'OfflineQuestionAsked',
      data: {
        questionId: `bench-q-${n}`,
        departmentId: 'humanities',
        visitor: { name: `Customer ${n}`, email: `r${n}@example.org` },
        question: `Error 1603 when installing the library, question ${n}`,
        askedAt: at(start, n, 10),
      },
    },
  ];
}

/** Call `k` of customer n, logged by hand: one event in `call-<id>`. */
export function callEvent(n: number, k: number, start: number): CallEvent {
  return {
    type: 'CallLogged',
    data: {
      callId: `bench-call-${n}-${k}`,
      source: 'MANUAL',
      direction: k % 3 ? 'IN' : 'OUT',
      counterpart: { raw: phoneOf(n), e164: phoneOf(n) },
      startedAt: at(start, n, 20 + k),
      durationSeconds: 60 + (k % 7) * 30,
      outcome: k % 5 ? 'ANSWERED' : 'MISSED',
      topic: k % 2 ? 'Activation' : null,
      requesterType: null,
      notes: null,
      by: { kind: 'staff', id: 'agent-0' },
      at: at(start, n, 20 + k),
    },
  };
}

export const callsOf = (n: number) => (n <= HEAVY ? 1 + HEAVY_CALLS : 1);
