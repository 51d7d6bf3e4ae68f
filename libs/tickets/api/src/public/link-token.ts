/**
 * The secret link's token: 32 random bytes as base64url (43 characters). The ticket keeps only
 * its sha256 (hex); the token itself is shown once on the receipt and mailed when the requester
 * chose email. Anything that is not shaped like a token is never looked up.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const isLinkToken = (token: unknown): token is string => typeof token === 'string' && TOKEN.test(token);

export const newLinkToken = (): string => randomBytes(32).toString('base64url');

export const linkTokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The requester's page of the ticket, on the portal at `publicUrl`. */
export const ticketLinkUrl = (publicUrl: string, token: string): string =>
  new URL(`/tickets/t/${token}`, publicUrl).href;

/** Where the requester downloads a file of their ticket. */
export const publicAttachmentUrl = (hash: string, token: string): string =>
  `/api/tickets/attachments/${hash}?token=${encodeURIComponent(token)}`;
