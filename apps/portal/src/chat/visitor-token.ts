/**
 * The visitor's proof that a chat is theirs: 32 random bytes from the browser's cryptographic
 * generator, written base64url (43 characters). The api keeps only its hash and derives the
 * chat id from it, so starting again with the same token finds the same chat.
 */
export function newVisitorToken(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => globalThis.crypto.getRandomValues(bytes),
): string {
  const bytes = random(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
