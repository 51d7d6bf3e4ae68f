/**
 * Staff security through the real api, store and projection runner: two-factor enrolment and the
 * second sign-in step (codes never reused, wrong codes refused, recovery codes once), sessions
 * listed and revoked (a revoked session's subscriptions end), password and role changes, and the
 * security log admins filter. The clock is injected, so codes are computed for known times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOTP, Secret } from 'otpauth';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';

let clock = new Date('2026-12-07T10:00:00.000Z');
const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const codeAt = (secret: string, at = clock) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at.getTime() });

let api: TestApi;
let wsUrl: string;
const { connect, disposeAll } = liveClients(() => wsUrl);

beforeAll(async () => {
  api = await startTestApi({ identity: { now: () => clock }, graphql: { accessRecheckMs: 200 } });
  wsUrl = liveUrlOf(await api.app.listen({ port: 0, host: '127.0.0.1' }));
});
afterAll(async () => {
  await disposeAll();
  await api?.close();
});

const SIGN_IN = `mutation ($u: String!, $p: String!) {
  signIn(username: $u, password: $p) { token staff { username } secondStep { challenge expiresAt } }
}`;
const COMPLETE = `mutation ($c: String!, $code: String!) { completeSignIn(challenge: $c, code: $code) { token staff { username } } }`;
const reasonOf = (result: { errors?: { extensions?: { reason?: string } }[] }) =>
  result.errors?.[0]?.extensions?.reason;
const challengeFor = async (username: string, password: string) => {
  const result = await api.gql(SIGN_IN, { u: username, p: password });
  expect(result.data?.signIn).toMatchObject({ token: null, staff: null });
  return result.data!.signIn.secondStep.challenge as string;
};

describe('two-factor sign-in', () => {
  let secret = '';
  let recoveryCodes: string[] = [];

  it('enrols with a QR code and a first code, and shows the recovery codes once', async () => {
    const minh = await api.signIn('minh', 'deskstream-agent');
    const offered = await api.gql('mutation { startTwoFactorEnrolment { secret otpauthUri qrCode } }', {}, minh);
    expect(offered.errors).toBeUndefined();
    secret = offered.data!.startTwoFactorEnrolment.secret;
    expect(offered.data!.startTwoFactorEnrolment.otpauthUri).toContain(`secret=${secret}`);
    expect(offered.data!.startTwoFactorEnrolment.qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await api.gql('mutation ($c: String!) { confirmTwoFactor(code: $c) }', { c: '000000' }, minh);
    expect(reasonOf(wrong)).toBe('IDENTITY_TWO_FACTOR_CODE_NOT_ACCEPTED');
    const confirmed = await api.gql(
      'mutation ($c: String!) { confirmTwoFactor(code: $c) }',
      { c: codeAt(secret) },
      minh,
    );
    recoveryCodes = confirmed.data!.confirmTwoFactor;
    expect(recoveryCodes).toHaveLength(10);
    const me = await api.gql('{ me { twoFactor { enabled recoveryCodesLeft } } }', {}, minh);
    expect(me.data!.me.twoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10 });
  });

  it('asks for a code after the password, refuses a wrong or reused one, and takes a fresh one', async () => {
    const challenge = await challengeFor('minh', 'deskstream-agent');
    expect(reasonOf(await api.gql(COMPLETE, { c: challenge, code: '123456' }))).toBe(
      'IDENTITY_TWO_FACTOR_CODE_INVALID',
    );
    // The code that confirmed enrolment is of this same time step: never accepted twice.
    expect(reasonOf(await api.gql(COMPLETE, { c: challenge, code: codeAt(secret) }))).toBe(
      'IDENTITY_TWO_FACTOR_CODE_USED',
    );
    tick(30);
    const signedIn = await api.gql(COMPLETE, { c: challenge, code: codeAt(secret) });
    expect(signedIn.data!.completeSignIn.staff).toEqual({ username: 'minh' });
    const me = await api.gql('{ me { username } }', {}, signedIn.data!.completeSignIn.token);
    expect(me.data).toEqual({ me: { username: 'minh' } });
    // The challenge is used up, and the same code does not open another one.
    expect(reasonOf(await api.gql(COMPLETE, { c: challenge, code: codeAt(secret) }))).toBe(
      'IDENTITY_SIGN_IN_CHALLENGE_ENDED',
    );
    const again = await challengeFor('minh', 'deskstream-agent');
    expect(reasonOf(await api.gql(COMPLETE, { c: again, code: codeAt(secret) }))).toBe('IDENTITY_TWO_FACTOR_CODE_USED');
  });

  it('takes each recovery code once, and ends a challenge after five minutes', async () => {
    const first = await challengeFor('minh', 'deskstream-agent');
    const recovered = await api.gql(COMPLETE, { c: first, code: recoveryCodes[0] });
    expect(recovered.data!.completeSignIn.token).toEqual(expect.any(String));
    const second = await challengeFor('minh', 'deskstream-agent');
    expect(reasonOf(await api.gql(COMPLETE, { c: second, code: recoveryCodes[0] }))).toBe(
      'IDENTITY_TWO_FACTOR_CODE_INVALID',
    );
    tick(301);
    expect(reasonOf(await api.gql(COMPLETE, { c: second, code: codeAt(secret) }))).toBe(
      'IDENTITY_SIGN_IN_CHALLENGE_ENDED',
    );
  });

  it('is turned off by an admin, after which the password alone signs in again', async () => {
    const sara = await api.signIn('sara', 'deskstream-agent');
    const admin = await api.signIn('admin', 'deskstream-admin');
    const staff = await api.gql('{ staffMembers { id username twoFactor { enabled } } }', {}, admin);
    const minh = staff.data!.staffMembers.find((member: { username: string }) => member.username === 'minh');
    expect(minh.twoFactor).toEqual({ enabled: true });
    const DISABLE = 'mutation ($s: ID!) { disableStaffTwoFactor(staffId: $s) { twoFactor { enabled } } }';
    expect(reasonOf(await api.gql(DISABLE, { s: minh.id }, sara))).toBe('IDENTITY_ROLE_REQUIRED');
    const disabled = await api.gql(DISABLE, { s: minh.id }, admin);
    expect(disabled.data!.disableStaffTwoFactor.twoFactor).toEqual({ enabled: false });
    const signedIn = await api.gql(SIGN_IN, { u: 'minh', p: 'deskstream-agent' });
    expect(signedIn.data!.signIn).toMatchObject({ token: expect.any(String), secondStep: null });
  });
});

describe('sessions', () => {
  const SESSIONS = '{ mySessions { id current address userAgent method lastSeenAt } }';

  it('lists the caller’s sessions and revokes one, whose live subscriptions end', async () => {
    const yuki = await api.signIn('yuki', 'deskstream-agent');
    const other = await api.signIn('yuki', 'deskstream-agent');
    const listed = await api.gql(SESSIONS, {}, yuki);
    const sessions = listed.data!.mySessions as { id: string; current: boolean; address: string; method: string }[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ address: '127.0.0.1', method: 'PASSWORD' });
    const otherSession = (await api.gql(SESSIONS, {}, other)).data!.mySessions.find(
      (session: { current: boolean }) => session.current,
    );

    const board = watch(connect(other), 'subscription { presenceChanged { department { id } } }');
    await board.until(
      () => true,
      (attempt) =>
        api.gql(
          'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }',
          { s: attempt % 2 === 0 ? 'ONLINE' : 'OFFLINE', c: `nudge-${attempt}-${Math.random()}` },
          yuki,
        ),
    );

    const sara = await api.signIn('sara', 'deskstream-agent');
    const REVOKE = 'mutation ($s: ID!) { revokeSession(sessionId: $s) }';
    expect(reasonOf(await api.gql(REVOKE, { s: otherSession.id }, sara))).toBe('IDENTITY_SESSION_NOT_FOUND');
    expect((await api.gql(REVOKE, { s: otherSession.id }, yuki)).data).toEqual({ revokeSession: true });
    expect((await api.gql('{ me { username } }', {}, other)).data).toEqual({ me: null });
    expect(await board.failure).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'ACCESS_SESSION_ENDED' }) }),
    ]);
  });

  it('lets an admin revoke anyone’s session', async () => {
    const pouya = await api.signIn('pouya', 'deskstream-product');
    const admin = await api.signIn('admin', 'deskstream-admin');
    const staff = await api.gql('{ staffMembers { id username } }', {}, admin);
    const pouyaId = staff.data!.staffMembers.find((member: { username: string }) => member.username === 'pouya').id;
    const listed = await api.gql('query ($s: ID!) { staffSessions(staffId: $s) { id } }', { s: pouyaId }, admin);
    for (const session of listed.data!.staffSessions)
      await api.gql('mutation ($s: ID!) { revokeSession(sessionId: $s) }', { s: session.id }, admin);
    expect((await api.gql('{ me { username } }', {}, pouya)).data).toEqual({ me: null });
  });
});

describe('the security log', () => {
  const LOG = `query ($f: SecurityLogFilter, $o: Int, $n: Int) {
    securityLog(filter: $f, offset: $o, first: $n) { total entries { kind subject person address method step until by roles } }
  }`;

  it('records failures, lockouts, password and role changes, and is for admins only, filtered', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await api.gql(SIGN_IN, { u: 'sara', p: `wrong-${attempt}` });
    expect(reasonOf(await api.gql(SIGN_IN, { u: 'sara', p: 'deskstream-agent' }))).toBe(
      'IDENTITY_SIGN_IN_RATE_LIMITED',
    );
    const pouya = await api.signIn('pouya', 'deskstream-product');
    const pouyaElsewhere = await api.signIn('pouya', 'deskstream-product');
    const CHANGE =
      'mutation ($c: String!, $n: String!, $id: ID!) { changeMyPassword(currentPassword: $c, newPassword: $n, commandId: $id) }';
    expect(reasonOf(await api.gql(CHANGE, { c: 'nope', n: 'a-new-password-1', id: 'p1' }, pouya))).toBe(
      'IDENTITY_PASSWORD_WRONG',
    );
    expect(reasonOf(await api.gql(CHANGE, { c: 'deskstream-product', n: 'short', id: 'p1' }, pouya))).toBe(
      'IDENTITY_PASSWORD_INVALID',
    );
    expect((await api.gql(CHANGE, { c: 'deskstream-product', n: 'a-new-password-1', id: 'p1' }, pouya)).data).toEqual({
      changeMyPassword: true,
    });
    expect(await api.signIn('pouya', 'a-new-password-1')).toEqual(expect.any(String));
    // The new password ended pouya's other session; the one that changed it goes on.
    expect((await api.gql('{ me { username } }', {}, pouyaElsewhere)).data).toEqual({ me: null });
    expect((await api.gql('{ me { username } }', {}, pouya)).data).toEqual({ me: { username: 'pouya' } });

    const admin = await api.signIn('admin', 'deskstream-admin');
    const staff = await api.gql('{ staffMembers { id username } }', {}, admin);
    const pouyaId = staff.data!.staffMembers.find((member: { username: string }) => member.username === 'pouya').id;
    const roles = await api.gql(
      'mutation ($s: ID!, $r: [Role!]!) { changeStaffRoles(staffId: $s, roles: $r, commandId: "r1") { roles } }',
      { s: pouyaId, r: ['PRODUCT', 'SUPERVISOR'] },
      admin,
    );
    expect(roles.data!.changeStaffRoles.roles).toEqual(['SUPERVISOR', 'PRODUCT']);

    expect(reasonOf(await api.gql(LOG, {}, pouya))).toBe('IDENTITY_ROLE_REQUIRED');
    const saraFailures = await api.gql(LOG, { f: { person: 'sara', kinds: ['SIGN_IN_FAILED', 'LOCKED_OUT'] } }, admin);
    expect(saraFailures.data!.securityLog.total).toBe(6);
    expect(saraFailures.data!.securityLog.entries[0]).toMatchObject({
      kind: 'LOCKED_OUT',
      subject: 'STAFF',
      person: 'sara',
      address: '127.0.0.1',
      until: expect.any(String),
    });
    const changes = await api.gql(LOG, { f: { person: 'pouya', kinds: ['PASSWORD_CHANGED', 'ROLES_CHANGED'] } }, admin);
    expect(changes.data!.securityLog.entries).toEqual([
      expect.objectContaining({ kind: 'ROLES_CHANGED', by: 'admin', roles: ['SUPERVISOR', 'PRODUCT'] }),
      expect.objectContaining({ kind: 'PASSWORD_CHANGED', by: null }),
    ]);
    const minh = await api.gql(LOG, { f: { person: 'minh', kinds: ['SIGNED_IN'] } }, admin);
    expect(minh.data!.securityLog.entries.map((entry: { method: string }) => entry.method)).toEqual(
      expect.arrayContaining(['PASSWORD', 'TWO_FACTOR', 'RECOVERY_CODE']),
    );
    // The demo's guesses at Minh's password, locked after five.
    const seeded = await api.gql(LOG, { f: { person: 'minh', kinds: ['LOCKED_OUT'], address: '203.0.113.' } }, admin);
    expect(seeded.data!.securityLog.total).toBe(1);
    const today = clock.toISOString().slice(0, 10);
    const paged = await api.gql(LOG, { f: { fromDay: today, toDay: today, address: '127.' }, o: 1, n: 2 }, admin);
    expect(paged.data!.securityLog.entries).toHaveLength(2);
    expect(paged.data!.securityLog.total).toBeGreaterThan(10);
    expect(reasonOf(await api.gql(LOG, { f: { fromDay: 'yesterday' } }, admin))).toBe(
      'IDENTITY_SECURITY_LOG_FILTER_INVALID',
    );
    expect(reasonOf(await api.gql(LOG, { n: 100_000 }, admin))).toBe('IDENTITY_SECURITY_LOG_FILTER_INVALID');
  });
});
