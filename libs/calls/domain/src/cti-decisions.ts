/**
 * The PBX's webhook events (Zammad's generic CTI contract) decided against a call's history. The
 * same event twice decides nothing new; events out of order are tolerated: an answer or a hangup
 * for a call not yet rung rings it first (from the event's own numbers), and an answer after the
 * hangup corrects the outcome to answered and withdraws the callback it had queued.
 */
import type { CallDirection, CallEvent, CallNumber, CallOutcome } from './calls-events';
import { isVoicemailUser, type CallState } from './call-state';

export type CtiEventName = 'newCall' | 'answer' | 'hangup';

export interface RecordCtiEvent {
  type: 'RecordCtiEvent';
  data: {
    callId: string;
    event: CtiEventName;
    pbxCallId: string;
    direction: CallDirection;
    from: CallNumber;
    to: CallNumber;
    queue: string | null;
    users: string[];
    /** The staff members the `user[]` names matched. */
    staffIds: string[];
    /** answer: the staff member `answeringNumber` (else the first matched user) names. */
    answeringStaffId: string | null;
    answeringNumber: string | null;
    cause: string | null;
    at: string;
  };
}

/** The outcome of a call that ended, from whether and by whom it was answered and the PBX's cause. */
export function outcomeOf(answered: boolean, voicemail: boolean, cause: string | null): CallOutcome {
  if (answered) return voicemail ? 'VOICEMAIL' : 'ANSWERED';
  switch (cause) {
    case 'busy':
      return 'BUSY';
    case 'cancel':
      return 'ABANDONED';
    default:
      return 'MISSED';
  }
}

const secondsBetween = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000));

/** A number one can call back: not `anonymous`, not empty. */
export const canCallBack = (number: CallNumber) => number.e164 !== null || /\d{3,}/.test(number.raw);

export function decideCtiEvent(command: RecordCtiEvent, state: CallState): CallEvent[] {
  const { data } = command;
  const { callId, at } = data;
  const events: CallEvent[] = [];
  if (!state.exists) {
    events.push({
      type: 'CallRang',
      data: {
        callId,
        source: 'CTI',
        pbxCallId: data.pbxCallId,
        direction: data.direction,
        from: data.from,
        to: data.to,
        queue: data.queue,
        users: data.users,
        staffIds: data.staffIds,
        at,
      },
    });
  }
  const direction = state.direction ?? data.direction;
  const counterpart = state.counterpart ?? (direction === 'IN' ? data.from : data.to);
  switch (data.event) {
    case 'newCall':
      return events;
    case 'answer': {
      if (state.answeredAt !== null || state.source === 'MANUAL') return events;
      const voicemail = isVoicemailUser(data.users);
      const ended = state.ended;
      const answeredAt = ended && ended.at < at ? ended.at : at;
      events.push({
        type: 'CallAnswered',
        data: {
          callId,
          byStaffId: voicemail ? null : data.answeringStaffId,
          users: data.users,
          answeringNumber: data.answeringNumber,
          at: answeredAt,
        },
      });
      if (ended) {
        // The answer came after the hangup: the call was answered after all (its length is unknown).
        events.push({
          type: 'CallEnded',
          data: {
            callId,
            cause: ended.cause,
            outcome: outcomeOf(true, voicemail, ended.cause),
            durationSeconds: 0,
            at: ended.at,
          },
        });
        if (!voicemail && state.callback?.open) events.push({ type: 'CallbackWithdrawn', data: { callId, at } });
      }
      return events;
    }
    case 'hangup': {
      if (state.ended !== null) return events;
      const answered = state.answeredAt !== null;
      const outcome = outcomeOf(answered, state.voicemail, data.cause);
      events.push({
        type: 'CallEnded',
        data: {
          callId,
          cause: data.cause,
          outcome,
          durationSeconds: state.answeredAt ? secondsBetween(state.answeredAt, at) : 0,
          at,
        },
      });
      if (direction === 'IN' && outcome !== 'ANSWERED' && canCallBack(counterpart) && !state.callback)
        events.push({ type: 'CallbackQueued', data: { callId, number: counterpart, reason: outcome, at } });
      return events;
    }
  }
}
