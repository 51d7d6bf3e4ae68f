/**
 * Passwords and session tokens, as for staff: argon2id (the OWASP baseline of 19 MiB, 2 passes),
 * verified against a decoy hash when there is no account, so an unknown card costs the same time
 * as a wrong password. Hashing waits its turn in a bounded queue (Node's worker pool is shared
 * with file reads): past it, an attempt is refused at once rather than queued without end.
 * Tokens are 32 random bytes shown once; events keep only their SHA-256.
 */
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

const ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

let decoy: Promise<string> | undefined;

/** True only when there is a hash and the password matches it; otherwise the decoy is verified, for the time. */
export async function passwordMatches(storedHash: string | undefined, password: string): Promise<boolean> {
  const target = storedHash ?? (await (decoy ??= hashPassword(randomBytes(24).toString('base64url'))));
  try {
    return (await verify(target, password)) && storedHash !== undefined;
  } catch {
    return false;
  }
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** At most `concurrent` hashes at once, `queued` more waiting; `run` answers undefined when full. */
export class HashingQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrent = 2,
    private readonly queued = 16,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T> | undefined {
    if (this.running >= this.concurrent && this.waiting.length >= this.queued) return undefined;
    const turn =
      this.running < this.concurrent
        ? (this.running++, Promise.resolve())
        : new Promise<void>((resolve) => this.waiting.push(resolve));
    return turn.then(async () => {
      try {
        return await work();
      } finally {
        const next = this.waiting.shift();
        if (next) next();
        else this.running--;
      }
    });
  }
}
