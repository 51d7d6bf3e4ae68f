const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/** The reset token in the link's `#…` fragment (the server never sees it in a log), or null when it is not one. */
export function resetTokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '').replace(/^token=/, '');
  return TOKEN.test(token) ? token : null;
}
