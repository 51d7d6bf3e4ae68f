/**
 * Demo data for staff security, so the security log and the sessions list have something worth
 * seeing on a first start: the admin signed in from two browsers (not an agent: a live session
 * keeps an agent's presence, and the demo's agents start offline), Yuki mistyped her password, and
 * someone guessed at Minh's password from one address until sign-in locked. The sessions' tokens
 * are random and never shown, so they only ever appear in lists. Run only on the start that
 * created the demo staff (a failure recorded again would be a new fact).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IdentityCommands } from '@deskstream/identity-api';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import type { Actor } from '@deskstream/event-sourcing';
import type { StaffCommand } from '@deskstream/identity-domain';

const SEED_ACTOR: Actor = { kind: 'system', id: 'demo-seed' };
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const MINUTE = 60_000;

export async function seedStaffSecurityDemo(
  commands: IdentityCommands,
  readModel: IdentityReadModel,
  now: () => Date,
): Promise<number> {
  const idOf = (username: string) => readModel.staffByName(username)?.id;
  const yuki = idOf('yuki');
  const minh = idOf('minh');
  const admin = idOf('admin');
  if (!yuki || !minh || !admin) return 0;
  const start = now().getTime();
  const at = (minutesAgo: number) => new Date(start - minutesAgo * MINUTE).toISOString();
  const unusableTokenHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');

  const steps: [string, StaffCommand][] = [
    ['seed-security-yuki-mistyped', failure(yuki, at(190), '192.0.2.31', FIREFOX)],
    ...[5, 4, 3, 2, 1].map((n): [string, StaffCommand] => [
      `seed-security-minh-guess-${n}`,
      failure(minh, at(120 - n), '203.0.113.50', 'python-requests/2.32', n === 1 ? at(119 - 15) : undefined),
    ]),
    ...[
      { id: 'c4b1d2e0-5f3a-4e8b-9a7c-0d1e2f3a4b01', minutesAgo: 95, address: '192.0.2.14', userAgent: FIREFOX },
      { id: 'c4b1d2e0-5f3a-4e8b-9a7c-0d1e2f3a4b02', minutesAgo: 30, address: '198.51.100.7', userAgent: SAFARI },
    ].map(({ id, minutesAgo, address, userAgent }): [string, StaffCommand] => [
      `seed-security-admin-session-${id}`,
      {
        type: 'StartSession',
        data: {
          staffId: admin,
          sessionId: id,
          tokenHash: unusableTokenHash(),
          at: at(minutesAgo),
          expiresAt: new Date(start - minutesAgo * MINUTE + 12 * 60 * MINUTE).toISOString(),
          address,
          userAgent,
          method: 'PASSWORD',
        },
      },
    ]),
  ];
  let written = 0;
  for (const [commandId, command] of steps) {
    const outcome = await commands.staff(command, commandId, SEED_ACTOR);
    if (!outcome.ok) throw new Error(`Seeding staff security failed: ${outcome.error.code}`);
    written += outcome.events.length;
  }
  return written;
}

function failure(staffId: string, at: string, address: string, userAgent: string, lockedUntil?: string): StaffCommand {
  return {
    type: 'RecordSignInFailure',
    data: { staffId, at, address, userAgent, step: 'PASSWORD', ...(lockedUntil ? { lockedUntil } : {}) },
  };
}
