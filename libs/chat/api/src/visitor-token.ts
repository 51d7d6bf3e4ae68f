/**
 * A visitor proves a chat is theirs with a token their browser made (32 random bytes,
 * base64url) and keeps for the chat; a reload or a dropped connection resumes with it. Only
 * its hash is stored, and the chat id is derived from the hash, so a retried start finds the
 * same chat and the id alone reveals nothing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isWellFormedVisitorToken } from '@deskstream/chat-domain';
import { eventIdFor } from '@deskstream/event-sourcing';

export const isWellFormedToken = isWellFormedVisitorToken;

export const visitorTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64url');

export const chatIdForTokenHash = (tokenHash: string) => eventIdFor(`chat-for-visitor-token/${tokenHash}`, 0);

export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(visitorTokenHash(token));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
