import type { CallFieldsFragment as Call, CallOutcome, WrapUpCallInput } from '../generated/graphql';

export const CALL_OUTCOMES: readonly CallOutcome[] = ['ANSWERED', 'MISSED', 'ABANDONED', 'VOICEMAIL', 'BUSY'];
export type TicketChoice = 'NONE' | 'ATTACH' | 'OPEN';

export interface WrapUpDraft {
  topic: string;
  outcome: CallOutcome;
  requesterType: string;
  ticket: TicketChoice;
  /** One of the caller's open tickets, by id. */
  attachTicketId: string;
  /** Or any ticket, by its number. */
  attachNumber: string;
  subject: string;
  departmentId: string;
}

/** The outcome a wrap-up starts from: the PBX's, else answered once someone answered or took it. */
export function defaultOutcome(call: Pick<Call, 'outcome' | 'answeredAt' | 'takenBy' | 'state'>): CallOutcome {
  if (call.outcome) return call.outcome;
  return call.answeredAt || call.takenBy || call.state === 'ANSWERED' ? 'ANSWERED' : 'MISSED';
}

export function emptyWrapUp(call: Pick<Call, 'outcome' | 'answeredAt' | 'takenBy' | 'state'>): WrapUpDraft {
  return {
    topic: '',
    outcome: defaultOutcome(call),
    requesterType: '',
    ticket: 'OPEN',
    attachTicketId: '',
    attachNumber: '',
    subject: '',
    departmentId: '',
  };
}

/** A ticket number as the agent typed it (`#42`, `42`, Persian digits), or null. */
export function ticketNumberOf(text: string): number | null {
  const digits = text
    .trim()
    .replace(/^#/, '')
    .replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)))
    .replace(/[٠-٩]/g, (digit) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(digit)));
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

/** What is missing before the wrap-up may be sent, as `calls.wrapUp.invalid.*` keys by field. */
export function wrapUpProblems(draft: WrapUpDraft, requesterTypes: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.topic.trim()) problems.topic = 'topic';
  if (requesterTypes.length > 0 && !draft.requesterType) problems.requesterType = 'requesterType';
  if (draft.ticket === 'ATTACH' && !draft.attachTicketId && ticketNumberOf(draft.attachNumber) === null)
    problems.attach = 'ticket';
  if (draft.ticket === 'OPEN') {
    if (!draft.subject.trim()) problems.subject = 'subject';
    if (!draft.departmentId) problems.departmentId = 'department';
  }
  return problems;
}

/** The `wrapUpCall` input the draft stands for; `attachTo` is the ticket id the number was found as. */
export function wrapUpInput(callId: string, draft: WrapUpDraft, attachTo: string | null): WrapUpCallInput {
  const input: WrapUpCallInput = {
    callId,
    topic: draft.topic.trim(),
    outcome: draft.outcome,
    requesterType: draft.requesterType || null,
  };
  if (draft.ticket === 'ATTACH' && attachTo) input.ticket = { attachToTicketId: attachTo };
  if (draft.ticket === 'OPEN')
    input.ticket = { open: { subject: draft.subject.trim(), departmentId: draft.departmentId } };
  return input;
}
