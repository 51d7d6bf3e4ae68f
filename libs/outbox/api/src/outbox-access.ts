/**
 * Who may read which mail. Mail is scoped like the chats and questions it came from: agents read
 * the mail of their own departments, supervisors and admins all of it. A mail whose purpose
 * names no department (older mails, or mail about nothing departmental) is for supervisors and
 * admins only. Product teams read no one's mail.
 */
import type { SignedInStaff, StaffRole } from '@deskstream/access';
import type { MailRecord } from '@deskstream/outbox-read-models';

/** Staff need to know whether a notice went out; product teams do not read others' mail. */
export const ROLES_SEEING_MAIL: readonly StaffRole[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

const ROLES_SEEING_ALL_MAIL: readonly StaffRole[] = ['SUPERVISOR', 'ADMIN'];

export function mayReadMail(staff: SignedInStaff, mail: MailRecord): boolean {
  if (staff.roles.some((role) => ROLES_SEEING_ALL_MAIL.includes(role))) return true;
  const { departmentId } = mail.purpose;
  return departmentId !== undefined && staff.departmentIds.includes(departmentId);
}
