import { ANSWERING_ROLES } from '@deskstream/chat-domain';
import type { Role } from '../generated/graphql';

/**
 * What each role finds in the console. Staff who answer chats (chat's `ANSWERING_ROLES`: agents
 * and supervisors) start at the chat desk and have the online/offline switch; everyone else
 * (admins, product teams) starts at the knowledge base's articles and has no switch, since the
 * api refuses it to them.
 */
export type LandingPage = 'chats' | 'kb-articles';

/** Who may see the board of who is online (identity's `seeWhoIsOnline`). */
export const BOARD_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

export function answersChats(roles: readonly Role[] | undefined): boolean {
  const answering: readonly string[] = ANSWERING_ROLES;
  return (roles ?? []).some((role) => answering.includes(role));
}

export function landingPageFor(roles: readonly Role[] | undefined): LandingPage {
  return answersChats(roles) ? 'chats' : 'kb-articles';
}
