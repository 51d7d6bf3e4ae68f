/** A fresh secret for the requester's link: 32 random bytes as base64url (43 characters, 256 bits). */
export function newLinkToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The portal's path of a ticket's page for its requester. */
export const ticketLinkPath = (token: string) => `/tickets/t/${encodeURIComponent(token)}`;

/** The whole address, to copy or keep. */
export const ticketLinkUrl = (token: string, origin: string) => new URL(ticketLinkPath(token), origin).href;

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** Whether this looks like a link token at all (anything else is not even asked for). */
export const isLinkToken = (token: unknown): token is string => typeof token === 'string' && TOKEN.test(token);
