/**
 * The "ready for pick-up" notice: by the method chosen for the reservation, falling back to the
 * phone (or to none) when the account has no email or the desk sends no mail, and no phone call
 * without a phone number. A mailed notice goes through the outbox under a mail id of the
 * reservation's own, so a retry queues one mail.
 */
import { HOLD_DAYS, type ContactMethod } from '@deskstream/accounts-domain';
import type { Actor } from '@deskstream/domain-kit';
import type { ReservationRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { openSealed, type OpenedPerson } from './personal';
import type { AccountMailbox, PickUpPlace } from './ports';

export function noticeMethod(chosen: ContactMethod, person: OpenedPerson, mailing: boolean): ContactMethod {
  if (chosen === 'EMAIL' && (!person.email || !mailing)) return person.phone ? 'PHONE' : 'NONE';
  if (chosen === 'PHONE' && !person.phone) return 'NONE';
  return chosen;
}

export async function mailPickUpNotice(
  deps: { vault: PersonalDataVault; mailbox?: AccountMailbox; places: () => PickUpPlace[] },
  ready: ReservationRecord,
  email: string | null,
  actor: Actor,
): Promise<void> {
  const { vault, mailbox, places } = deps;
  if (ready.notice?.method !== 'EMAIL' || !ready.notice.mailId || !email || !mailbox) return;
  const title = openSealed(vault, ready.title) ?? '';
  const place = places().find((each) => each.id === ready.pickUpBranchId);
  const queued = await mailbox.queue(
    {
      mailId: ready.notice.mailId,
      to: email,
      subject: `Ready for pick-up: ${title}`.slice(0, 200),
      text: [
        `The item you reserved is ready for pick-up: ${title}`,
        `Where: ${place?.name.en ?? ready.pickUpBranchId}`,
        `We keep it for you for ${HOLD_DAYS} days, until ${ready.holdUntil?.slice(0, 10)}.`,
        'Show your library card at the loans desk.',
      ].join('\n'),
      purpose: { kind: 'reservation-ready', id: ready.id },
    },
    `pickup-mail-${ready.id}`,
    actor,
  );
  if (!queued.ok) throw new Error(queued.message);
}
