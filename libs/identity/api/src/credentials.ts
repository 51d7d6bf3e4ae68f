/**
 * Passwords and session tokens. Passwords are hashed with argon2id (memory-hard; the OWASP
 * baseline of 19 MiB, 2 passes). A session token is 32 random bytes shown to the browser once;
 * events and read models keep only its SHA-256. (The longest password accepted is the domain's
 * `MAX_PASSWORD_LENGTH`; sign-in checks it before any hashing.)
 */
import { hash, verify } from '@node-rs/argon2';
import { hash as hashOnce, randomBytes } from 'node:crypto';

const ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** A hash of nothing anyone knows: verified against when the username does not exist, so both failures take as long. */
let decoy: Promise<string> | undefined;

/** Verifies a password against a stored hash, or against the decoy when there is none. */
export async function passwordMatches(storedHash: string | undefined, password: string): Promise<boolean> {
  const target = storedHash ?? (await (decoy ??= hashPassword(randomBytes(24).toString('base64url'))));
  try {
    const matches = await verify(target, password);
    return matches && storedHash !== undefined;
  } catch {
    return false;
  }
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  // One-shot hashing: it runs on every signed-in request.
  return hashOnce('sha256', token, 'hex');
}
