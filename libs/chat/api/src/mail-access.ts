/**
 * Which staff may see a mail the reference desk queued in the outbox: exactly those who may see
 * where it came from. A chat transcript (`purpose.kind` 'chat-transcript', `purpose.id` the chat
 * id) follows the chat as it is now: its department's agents, the agent holding it, supervisors
 * and admins. An answer to an offline question ('offline-question', the question id) follows
 * the question's department. The outbox does not import chat: the api connects this port.
 */
import type { SignedInStaff } from '@deskstream/access';
import { isChatMailPurpose } from '@deskstream/chat-domain';
import type { ChatReadModel } from '@deskstream/chat-read-models';
import { ROLES_FOR, holdsOneOf, staffMaySee } from './chat-access';

/**
 * `true` or `false` for a mail of the desk's; `undefined` for a purpose that is not the desk's
 * (the outbox decides those itself). A mail whose chat or question the desk does not know (yet)
 * is seen only by supervisors and admins.
 */
export type ChatMailAccess = (staff: SignedInStaff, purpose: { kind: string; id: string }) => boolean | undefined;

export function chatMailAccess(readModel: ChatReadModel): ChatMailAccess {
  return (staff, purpose) => {
    if (!isChatMailPurpose(purpose.kind)) return undefined;
    if (!holdsOneOf(staff.roles, ROLES_FOR.readChats)) return false;
    const source = readModel.mailSource(purpose);
    if (!source) return staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');
    return staffMaySee(staff, 'chat' in source ? source.chat : { departmentId: source.question.departmentId });
  };
}
