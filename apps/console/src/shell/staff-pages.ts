import { ANSWERING_ROLES } from '@deskstream/chat-domain';
import type { Role } from '../generated/graphql';

/**
 * What each role finds in the console. Staff who answer chats (chat's `ANSWERING_ROLES`: agents
 * and supervisors) start at the chat desk and have the online/offline switch; product teams start
 * at their inbox of forwarded feedback; everyone else (admins) starts at the knowledge base's
 * articles. Only those who answer chats have the switch, since the api refuses it to the others.
 */
export type LandingPage = 'chats' | 'feedback-inbox' | 'kb-articles';

/** Who may see the board of who is online (identity's `seeWhoIsOnline`). */
export const BOARD_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

export function answersChats(roles: readonly Role[] | undefined): boolean {
  const answering: readonly string[] = ANSWERING_ROLES;
  return (roles ?? []).some((role) => answering.includes(role));
}

export function landingPageFor(roles: readonly Role[] | undefined): LandingPage {
  if (answersChats(roles)) return 'chats';
  return (roles ?? []).includes('PRODUCT') ? 'feedback-inbox' : 'kb-articles';
}
