/**
 * Every notice to an account holder with whether it went out: pick-up notices (mailed, to be
 * phoned, or not sent, as the holder chose), reset links, and any other mail the desk sent to
 * their address (answers, booking confirmations, ticket replies), with the outbox's delivery
 * state: a mail the server took is DELIVERED, one the outbox gave up on BOUNCED, the rest QUEUED.
 */
import type { ContactMethod } from '@deskstream/accounts-domain';
import type { AccountRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { openSealed } from './personal';
import type { MailStatus, MailStatusPort } from './ports';

export type NoticeDelivery = 'QUEUED' | 'DELIVERED' | 'BOUNCED' | 'TO_BE_PHONED' | 'NOT_SENT';

export interface NoticeView {
  id: string;
  kind: string;
  subject: string | null;
  method: ContactMethod;
  delivery: NoticeDelivery;
  at: string;
  deliveredAt: string | null;
  problem: string | null;
}

export function deliveryOf(mail: MailStatus | undefined): NoticeDelivery {
  if (!mail) return 'QUEUED';
  if (mail.state === 'SENT') return 'DELIVERED';
  return mail.state === 'FAILED' ? 'BOUNCED' : 'QUEUED';
}

function mailNotice(
  id: string,
  kind: string,
  mail: MailStatus | undefined,
  at: string,
  subject: string | null,
): NoticeView {
  return {
    id,
    kind,
    subject: mail?.subject ?? subject,
    method: 'EMAIL',
    delivery: deliveryOf(mail),
    at: mail?.queuedAt ?? at,
    deliveredAt: mail?.sentAt ?? null,
    problem: mail?.lastError ?? null,
  };
}

/** The notices, newest first (keys loaded; `email` opened, or null). */
export function noticesOf(
  account: AccountRecord,
  email: string | null,
  vault: PersonalDataVault,
  mails: MailStatusPort | undefined,
  forStaff: boolean,
): NoticeView[] {
  const notices: NoticeView[] = [];
  const listed = new Set<string>();
  for (const reservation of account.reservations.values()) {
    const notice = reservation.notice;
    if (!notice) continue;
    const title = openSealed(vault, reservation.title);
    const subject = title === null ? null : `Ready for pick-up: ${title}`;
    const at = reservation.readyAt!;
    if (notice.method === 'EMAIL' && notice.mailId) {
      listed.add(notice.mailId);
      notices.push(mailNotice(notice.noticeId, 'RESERVATION_READY', mails?.mail(notice.mailId), at, subject));
    } else {
      const delivery = notice.method === 'PHONE' ? 'TO_BE_PHONED' : 'NOT_SENT';
      notices.push({
        id: notice.noticeId,
        kind: 'RESERVATION_READY',
        subject,
        method: notice.method,
        delivery,
        at,
        deliveredAt: null,
        problem: null,
      });
    }
  }
  for (const reset of account.resets.values()) {
    listed.add(reset.mailId);
    notices.push(
      mailNotice(reset.mailId, 'PASSWORD_RESET', mails?.mail(reset.mailId), reset.requestedAt, 'Set a new password'),
    );
  }
  if (email && mails)
    for (const mail of mails.mailsTo(email))
      if (!listed.has(mail.id)) notices.push(mailNotice(mail.id, mail.purposeKind, mail, mail.queuedAt, mail.subject));
  notices.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  return forStaff ? notices : notices.map((notice) => ({ ...notice, problem: null }));
}
