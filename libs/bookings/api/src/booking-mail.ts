/**
 * The patron's mails: a confirmation when a session is booked or moves, and a reminder before
 * it, in their language, with the session as an .ics file (ical-generator) their calendar takes
 * in. They go through the outbox by a port the api connects (bookings never imports the outbox);
 * each mail's id comes from the session and its sequence, so a retry queues it once.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Actor } from '@deskstream/domain-kit';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { BookingsReadModel, SessionRecord } from '@deskstream/bookings-read-models';
import { MAIL_WORDING, formatWhen, type MailKind } from './mail-wording';

/** The outbox mail's `purpose.kind`; it names no department, so supervisors and admins see it. */
export const BOOKING_MAIL_PURPOSE = 'booking-session';

export interface BookingMail {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  purpose: { kind: string; id: string };
  attachments: { filename: string; contentType: string; content: string }[];
}

/** The outbox as bookings needs it. */
export interface BookingMailbox {
  queue(mail: BookingMail, commandId: string, actor: Actor): Promise<{ ok: true } | { ok: false; message: string }>;
}

export interface BookingMailSettings {
  /** The portal's origin for the patron's link (`https://library.example.org`); unset: a relative link. */
  publicOrigin?: string;
}

export const confirmationMailId = (session: Pick<SessionRecord, 'id' | 'sequence'>) =>
  eventIdFor(`booking-confirmation/${session.id}/${session.sequence}`, 0);
export const reminderMailId = (session: Pick<SessionRecord, 'id' | 'sequence'>) =>
  eventIdFor(`booking-reminder/${session.id}/${session.sequence}`, 0);
export const cancellationMailId = (session: Pick<SessionRecord, 'id' | 'sequence'>) =>
  eventIdFor(`booking-cancellation/${session.id}/${session.sequence}`, 0);

const mailIdOf = (kind: MailKind, session: SessionRecord) =>
  kind === 'REMINDER'
    ? reminderMailId(session)
    : kind === 'CANCELLED'
      ? cancellationMailId(session)
      : confirmationMailId(session);

const MINUTE = 60_000;

/**
 * The session as an iCalendar file: UTC times, the booking as its UID and its moves as SEQUENCE; a
 * cancelled session is a CANCEL of the same UID one SEQUENCE later, so calendars take it out.
 */
export function sessionIcs(
  session: SessionRecord,
  summary: string,
  description: string,
  location: string,
  cancelled = false,
): string {
  const calendar = ical({
    name: summary,
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Deskstream', product: 'Book a Librarian' },
  });
  calendar.createEvent({
    id: `${session.id}@bookings.deskstream`,
    sequence: session.sequence + (cancelled ? 1 : 0),
    start: new Date(session.startMs),
    end: new Date(session.endMs),
    stamp: new Date(session.bookedAt),
    summary,
    description,
    location,
    url: session.videoLink ?? undefined,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** The confirmation or reminder mail of a session, or undefined when the patron gave no email. */
export function sessionMail(
  readModel: BookingsReadModel,
  session: SessionRecord,
  kind: MailKind,
  linkToken: string | null,
  settings: BookingMailSettings,
): BookingMail | undefined {
  const to = session.patron.email;
  if (!to) return undefined;
  const locale = session.patron.locale;
  const words = MAIL_WORDING[locale];
  const { branches, topics } = readModel.directory;
  const branch = branches.get(session.branchId);
  const branchName = branch?.name[locale] ?? session.branchId;
  const preferredName = branches.get(session.preferredBranchId)?.name[locale] ?? session.preferredBranchId;
  const topic = topics.get(session.topicId)?.name[locale] ?? session.topicId;
  const patronZone = session.patron.timeZone ?? session.timeZone;
  const when = formatWhen(locale, session.startMs, patronZone);
  const how =
    session.mode === 'PHONE'
      ? words.phone(session.patron.phone)
      : session.mode === 'VIDEO'
        ? words.video(session.videoLink)
        : words.inPerson(branchName, branch?.address ?? '');
  const cutoff = session.startMs - session.terms.cancellationCutoffMinutes * MINUTE;
  const link = linkToken ? `${settings.publicOrigin ?? ''}/book/manage#${linkToken}` : null;
  const lines = [
    words.greeting(session.patron.name),
    '',
    words.intro(kind),
    '',
    `${words.topic}: ${topic}`,
    `${words.when}: ${when} ${words.whereTimeZone(patronZone)}`,
    ...(patronZone === session.timeZone
      ? []
      : [`         ${formatWhen(locale, session.startMs, session.timeZone)} ${words.whereTimeZone(session.timeZone)}`]),
    `${words.librarian}: ${session.expertName} — ${branchName}`,
    how,
    ...(session.routedReason ? ['', words.routed(session.routedReason, preferredName, branchName)] : []),
    '',
    ...(kind === 'CANCELLED'
      ? []
      : link
        ? [words.change(formatWhen(locale, cutoff, patronZone)), link, '']
        : [words.earlierLink(formatWhen(locale, cutoff, patronZone)), '']),
    `— ${words.signature}`,
  ];
  const summary = `${words.signature}: ${topic}`;
  return {
    mailId: mailIdOf(kind, session),
    to,
    subject: words.subject(kind, when),
    text: `${lines.join('\n')}\n`,
    purpose: { kind: BOOKING_MAIL_PURPOSE, id: session.id },
    attachments: [
      {
        filename: 'session.ics',
        contentType: `text/calendar; method=${kind === 'CANCELLED' ? 'CANCEL' : 'PUBLISH'}`,
        content: sessionIcs(
          session,
          summary,
          `${topic}\n${how}`,
          session.mode === 'IN_PERSON' ? branch?.address || branchName : how,
          kind === 'CANCELLED',
        ),
      },
    ],
  };
}
