/** Sign-in spraying: many usernames from one address, and more sign-ins at once than hashing can take. */
import { describe, expect, it } from 'vitest';
import { IdentityReadModel } from '@deskstream/identity-read-models';
import type { IdentityCommands } from './identity-commands';
import { PasswordHashingQueue } from './password-hashing';
import { SignInThrottle } from './sign-in-throttle';
import { StaffSessions } from './staff-sessions';

const reasonOf = async (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'SIGNED_IN',
    (error: { extensions?: { reason?: string } }) => error.extensions?.reason,
  );

function sessions(options: { hashing?: PasswordHashingQueue; verify?: () => Promise<boolean> } = {}) {
  const hashes = { running: 0, most: 0, total: 0 };
  const verify =
    options.verify ??
    (async () => {
      hashes.running++;
      hashes.total++;
      hashes.most = Math.max(hashes.most, hashes.running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      hashes.running--;
      return false;
    });
  const staffSessions = new StaffSessions({
    commands: {} as IdentityCommands,
    readModel: new IdentityReadModel(),
    throttle: new SignInThrottle(),
    now: () => new Date('2026-12-01T09:00:00.000Z'),
    hashing: options.hashing,
    verify,
  });
  return { staffSessions, hashes };
}

describe('signing in with made-up usernames from one address', () => {
  it('is refused with IDENTITY_SIGN_IN_RATE_LIMITED after 20 failures, without hashing, while other addresses go on', async () => {
    const { staffSessions, hashes } = sessions();
    const reasons: (string | undefined)[] = [];
    for (let i = 0; i < 30; i++)
      reasons.push(await reasonOf(staffSessions.signIn(`user-${i}-${Math.random()}`, 'guess', '203.0.113.9')));
    expect(reasons.slice(0, 20).every((reason) => reason === 'IDENTITY_SIGN_IN_FAILED')).toBe(true);
    expect(reasons.slice(20).every((reason) => reason === 'IDENTITY_SIGN_IN_RATE_LIMITED')).toBe(true);
    expect(hashes.total).toBe(20);
    expect(await reasonOf(staffSessions.signIn('sara', 'guess', '198.51.100.1'))).toBe('IDENTITY_SIGN_IN_FAILED');
  });
});

describe('many sign-ins at once', () => {
  it('hash at most two at a time, and past the queue are refused at once with IDENTITY_SIGN_IN_RATE_LIMITED', async () => {
    const { staffSessions, hashes } = sessions({ hashing: new PasswordHashingQueue({ concurrent: 2, queued: 4 }) });
    const reasons = await Promise.all(
      Array.from({ length: 12 }, (_, i) => reasonOf(staffSessions.signIn(`user-${i}`, 'guess', `198.51.100.${i}`))),
    );
    expect(hashes.most).toBe(2);
    expect(reasons.filter((reason) => reason === 'IDENTITY_SIGN_IN_FAILED')).toHaveLength(6);
    expect(reasons.filter((reason) => reason === 'IDENTITY_SIGN_IN_RATE_LIMITED')).toHaveLength(6);
  });
});
