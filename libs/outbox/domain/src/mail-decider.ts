/**
 * A mail's decider, pure: queue it once, claim one attempt at a time, record how it ended.
 * Time and the retry schedule come in the commands. A failure on the last allowed attempt, or a
 * claim whose lease ran out on it, fails the mail for good.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { MailCommand } from './commands';
import { OUTBOX_ERRORS, type OutboxRejection } from './errors';
import type { MailEvent } from './mail-events';
import { areAttachments, isEmailAddress, isMailText, isMaxAttempts, isSubject, isThreading } from './mail-rules';

const reject = OUTBOX_ERRORS.reject;

export interface MailState {
  queued: boolean;
  maxAttempts: number;
  /** Attempts claimed so far. */
  attempts: number;
  /** The attempt running now and until when its sender holds it. */
  inFlight: { attempt: number; leaseUntil: string } | null;
  retryAt: string | null;
  sent: boolean;
  gaveUp: boolean;
}

export const initialMailState = (): MailState => ({
  queued: false,
  maxAttempts: 0,
  attempts: 0,
  inFlight: null,
  retryAt: null,
  sent: false,
  gaveUp: false,
});

export function evolveMail(state: MailState, event: MailEvent): MailState {
  switch (event.type) {
    case 'MailQueued':
      return { ...state, queued: true, maxAttempts: event.data.maxAttempts };
    case 'MailSendStarted':
      return {
        ...state,
        attempts: event.data.attempt,
        inFlight: { attempt: event.data.attempt, leaseUntil: event.data.leaseUntil },
        retryAt: null,
      };
    case 'MailSent':
      return { ...state, sent: true, inFlight: null, retryAt: null };
    case 'MailFailed':
      return { ...state, inFlight: null, retryAt: event.data.retryAt, gaveUp: event.data.retryAt === null };
    default:
      return assertNever(event);
  }
}

const INTERRUPTED = 'No outcome was recorded before the attempt ran out of time (the sender stopped or hung).';
const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

export function decideMail(command: MailCommand, state: MailState): MailEvent[] | OutboxRejection {
  if (command.type === 'QueueMail') {
    const { mailId, to, subject, text, purpose, maxAttempts, at, replyTo, threading, attachments, autoSubmitted } =
      command.data;
    if (state.queued) return reject('OUTBOX_MAIL_EXISTS');
    if (!isEmailAddress(to)) return reject('OUTBOX_RECIPIENT_INVALID');
    if (!isSubject(subject)) return reject('OUTBOX_SUBJECT_INVALID');
    if (!isMailText(text)) return reject('OUTBOX_TEXT_INVALID');
    if (!isMaxAttempts(maxAttempts)) return reject('OUTBOX_MAX_ATTEMPTS_INVALID');
    if (replyTo !== undefined && !isEmailAddress(replyTo)) return reject('OUTBOX_REPLY_TO_INVALID');
    if (!isThreading(threading)) return reject('OUTBOX_THREADING_INVALID');
    if (!areAttachments(attachments)) return reject('OUTBOX_ATTACHMENTS_INVALID');
    if (autoSubmitted !== undefined && autoSubmitted !== 'auto-generated' && autoSubmitted !== 'auto-replied')
      return reject('OUTBOX_AUTO_SUBMITTED_INVALID');
    const queued = { mailId, to, subject: subject.trim(), text, purpose, maxAttempts, queuedAt: at };
    // Extras only when given, so a plain mail's event stays as it always was.
    const extras = { replyTo, threading, attachments, autoSubmitted };
    for (const key of Object.keys(extras) as (keyof typeof extras)[]) if (extras[key] === undefined) delete extras[key];
    return [{ type: 'MailQueued', data: { ...queued, ...extras } }];
  }
  if (!state.queued) return reject('OUTBOX_MAIL_NOT_FOUND');

  switch (command.type) {
    case 'StartSending': {
      const { mailId, at, leaseUntil } = command.data;
      if (state.sent) return reject('OUTBOX_ALREADY_SENT');
      if (state.gaveUp) return reject('OUTBOX_GAVE_UP');
      if (state.inFlight && later(state.inFlight.leaseUntil, at)) return reject('OUTBOX_SENDING');
      if (state.retryAt !== null && later(state.retryAt, at)) return reject('OUTBOX_NOT_DUE');
      const next: MailEvent = {
        type: 'MailSendStarted',
        data: { mailId, attempt: state.attempts + 1, startedAt: at, leaseUntil },
      };
      if (!state.inFlight) return [next];
      const lastAllowed = state.inFlight.attempt >= state.maxAttempts;
      const interrupted: MailEvent = {
        type: 'MailFailed',
        data: {
          mailId,
          attempt: state.inFlight.attempt,
          failedAt: at,
          reason: INTERRUPTED,
          retryAt: lastAllowed ? null : at,
        },
      };
      return lastAllowed ? [interrupted] : [interrupted, next];
    }
    case 'RecordSent': {
      const { mailId, attempt, at, transport, detail } = command.data;
      // Whichever attempt reports delivery, the mail went out: record it once.
      if (state.sent || attempt < 1 || attempt > state.attempts) return [];
      return [{ type: 'MailSent', data: { mailId, attempt, sentAt: at, transport, detail: detail.slice(0, 500) } }];
    }
    case 'RecordFailure': {
      const { mailId, attempt, at, reason, retryAt } = command.data;
      // A stale report (the attempt is no longer the one running) changes nothing.
      if (state.sent || state.inFlight?.attempt !== attempt) return [];
      const final = attempt >= state.maxAttempts;
      return [
        {
          type: 'MailFailed',
          data: {
            mailId,
            attempt,
            failedAt: at,
            reason: reason.slice(0, 500) || 'Unknown failure.',
            retryAt: final ? null : retryAt,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const mailDecider: Decider<MailCommand, MailEvent, MailState, OutboxRejection> = {
  initialState: initialMailState,
  evolve: evolveMail,
  decide: decideMail,
};
