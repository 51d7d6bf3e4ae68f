/** A fresh secret for the patron's link: 32 random bytes as base64url (43 characters, 256 bits). */
export function newLinkToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The portal's address of a booking's page: the token in the fragment, so it never reaches a server log. */
export function manageLinkOf(token: string): string {
  return `/book/manage#${token}`;
}

const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/** The token in a `#…` fragment, or null when it is not one. */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '').replace(/^token=/, '');
  return TOKEN.test(token) ? token : null;
}
