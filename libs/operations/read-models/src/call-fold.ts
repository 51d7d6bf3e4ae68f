/**
 * Calls into the hours. Each call keeps a few facts; whenever one of its events arrives its
 * contribution is taken out of the hours and put back as the facts now say (a late answer, a
 * wrap-up naming the requester type), so figures never drift. Everything a call adds goes to the
 * hour it rang in (or started, when logged by hand) — its answer, wait and talk time too — so an
 * hour's answer rate is its own calls'. Inbound calls from the PBX ringing wait in the queue.
 */
import type { CallEvent, CallOutcome } from '@deskstream/calls-domain';
import type { FoldContext } from './fold-context';

interface CallFacts {
  inbound: boolean;
  pbx: boolean;
  rangAt: number;
  answeredAt: number | null;
  ended: boolean;
  outcome: CallOutcome | null;
  durationSeconds: number;
  rawType: string | null;
  /** Counted in the queue now. */
  waiting: boolean;
}

export type FoldedCallEvent = Extract<
  CallEvent,
  { type: 'CallRang' | 'CallAnswered' | 'CallEnded' | 'CallLogged' | 'CallWrappedUp' }
>;

export const FOLDED_CALL_EVENT_TYPES = [
  'CallRang',
  'CallAnswered',
  'CallEnded',
  'CallLogged',
  'CallWrappedUp',
] as const satisfies readonly FoldedCallEvent['type'][];

export class CallFold {
  private readonly calls = new Map<string, CallFacts>();

  constructor(private readonly context: FoldContext) {}

  get size(): number {
    return this.calls.size;
  }

  apply(event: FoldedCallEvent): boolean {
    const { callId } = event.data;
    const call = this.calls.get(callId);
    if (event.type === 'CallRang' || event.type === 'CallLogged') {
      if (call) return false;
      const facts = newCall(event);
      this.calls.set(callId, facts);
      this.contribute(facts, 1);
      if (facts.waiting) this.context.queueChanged(1, facts.rangAt);
      return true;
    }
    if (!call) return false;
    this.contribute(call, -1);
    const wasWaiting = call.waiting;
    switch (event.type) {
      case 'CallAnswered':
        call.answeredAt ??= Date.parse(event.data.at);
        call.waiting = false;
        break;
      case 'CallEnded':
        call.ended = true;
        call.outcome = event.data.outcome;
        call.durationSeconds = event.data.durationSeconds;
        call.waiting = false;
        break;
      case 'CallWrappedUp':
        call.rawType = event.data.requesterType ?? call.rawType;
        break;
    }
    this.contribute(call, 1);
    if (wasWaiting && !call.waiting) this.context.queueChanged(-1, Date.parse(event.data.at));
    return true;
  }

  /** Adds (1) or takes out (−1) what a call counts for. */
  private contribute(call: CallFacts, sign: 1 | -1): void {
    const { table, definitions } = this.context;
    const hour = this.context.zone.hourOf(call.rangAt);
    const pickedUp = call.answeredAt !== null || call.outcome === 'ANSWERED';
    const talked = call.ended ? call.durationSeconds : 0;
    const minTalk = definitions.answered.minTalkSeconds;
    const answered = pickedUp && (minTalk === 0 || talked >= minTalk);
    table.addVolume(
      hour,
      call.inbound ? 'INBOUND_CALL' : 'OUTBOUND_CALL',
      this.context.groupOf(call.rawType),
      sign,
      answered ? sign : 0,
    );
    const figures = table.at(hour);
    if (pickedUp) figures.handlingSeconds += sign * talked;
    if (!call.inbound) return;
    figures.callsOffered += sign;
    if (answered) {
      figures.callsAnswered += sign;
      const wait = call.pbx && call.answeredAt !== null ? Math.max(0, (call.answeredAt - call.rangAt) / 1000) : 0;
      if (call.pbx) table.addWait(hour, wait, sign);
      if (wait <= definitions.serviceLevel.answerWithinSeconds) figures.answeredWithinTarget += sign;
    } else if (call.ended && !pickedUp) figures.callsAbandoned += sign;
  }
}

function newCall(event: Extract<FoldedCallEvent, { type: 'CallRang' | 'CallLogged' }>): CallFacts {
  if (event.type === 'CallRang') {
    const inbound = event.data.direction === 'IN';
    return {
      inbound,
      pbx: true,
      rangAt: Date.parse(event.data.at),
      answeredAt: null,
      ended: false,
      outcome: null,
      durationSeconds: 0,
      rawType: null,
      waiting: inbound,
    };
  }
  const { direction, startedAt, outcome, durationSeconds, requesterType } = event.data;
  const rangAt = Date.parse(startedAt);
  return {
    inbound: direction === 'IN',
    pbx: false,
    rangAt,
    answeredAt: outcome === 'ANSWERED' ? rangAt : null,
    ended: true,
    outcome,
    durationSeconds,
    rawType: requesterType,
    waiting: false,
  };
}
