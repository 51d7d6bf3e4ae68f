import { describe, expect, it } from 'vitest';
import type { IdentityEvent } from '@deskstream/identity-domain';
import { IdentityReadModel } from './identity-read-model';
import { SecurityLogReadModel } from './security-log';

const created = (staffId: string, username: string, displayName: string): IdentityEvent => ({
  type: 'StaffAccountCreated',
  data: { staffId, username, displayName, roles: ['AGENT'], passwordHash: 'h', createdAt: '2025-03-01T08:00:00.000Z' },
});
const history: IdentityEvent[] = [
  created('s1', 'sara', 'Sara Ahmadi'),
  created('a1', 'admin', 'Desk Administrator'),
  {
    type: 'StaffSignInFailed',
    data: { staffId: 's1', at: '2025-03-01T21:00:00.000Z', address: '10.0.3.7', step: 'PASSWORD' },
  },
  {
    type: 'StaffSignInLockedOut',
    data: { staffId: 's1', at: '2025-03-01T21:00:00.000Z', address: '10.0.3.7', until: '2025-03-01T21:15:00.000Z' },
  },
  {
    type: 'SessionStarted',
    data: {
      staffId: 's1',
      sessionId: 'x',
      tokenHash: 't',
      startedAt: '2025-03-02T08:00:00.000Z',
      expiresAt: '2025-03-02T20:00:00.000Z',
      address: '192.168.1.2',
      userAgent: 'Firefox',
      method: 'TWO_FACTOR',
      challengeId: 'c1',
      twoFactorStep: 5,
    },
  },
  {
    type: 'SessionEnded',
    data: { staffId: 's1', sessionId: 'x', endedAt: '2025-03-02T09:00:00.000Z', reason: 'REVOKED', revokedBy: 'a1' },
  },
  {
    type: 'StaffRolesChanged',
    data: {
      staffId: 's1',
      roles: ['AGENT', 'SUPERVISOR'],
      previousRoles: ['AGENT'],
      at: '2025-03-02T10:00:00.000Z',
      by: 'a1',
    },
  },
];
const withIds = (events: IdentityEvent[]) => events.map((event, index) => ({ ...event, id: `e${index}` }));

describe('SecurityLogReadModel', () => {
  it('keeps one entry per security fact, newest first, naming who did it', () => {
    const log = new SecurityLogReadModel();
    for (const event of withIds(history)) log.apply(event);
    const { entries, total } = log.query({}, 0, 10);
    expect(total).toBe(5);
    expect(entries.map((entry) => [entry.kind, entry.person, entry.by])).toEqual([
      ['ROLES_CHANGED', 'sara', 'admin'],
      ['SESSION_REVOKED', 'sara', 'admin'],
      ['SIGNED_IN', 'sara', null],
      ['LOCKED_OUT', 'sara', null],
      ['SIGN_IN_FAILED', 'sara', null],
    ]);
    expect(entries[2]).toMatchObject({ method: 'TWO_FACTOR', address: '192.168.1.2', userAgent: 'Firefox' });
  });

  it('filters by person, kind, address and days in the organisation time zone, and pages', () => {
    const log = new SecurityLogReadModel('Asia/Tehran');
    for (const event of withIds(history)) log.apply(event);
    expect(log.query({ person: 'AHMADI', kinds: ['SIGN_IN_FAILED', 'LOCKED_OUT'] }, 0, 10).total).toBe(2);
    expect(log.query({ person: 'nobody' }, 0, 10).total).toBe(0);
    expect(log.query({ address: '10.0.' }, 0, 10).entries.map((entry) => entry.kind)).toEqual([
      'LOCKED_OUT',
      'SIGN_IN_FAILED',
    ]);
    // 21:00 UTC on 1 March is already 2 March in Tehran (UTC+3:30).
    expect(log.query({ fromDay: '2025-03-02', toDay: '2025-03-02' }, 0, 10).total).toBe(5);
    expect(log.query({ toDay: '2025-03-01' }, 0, 10).total).toBe(0);
    const second = log.query({}, 2, 2);
    expect(second.total).toBe(5);
    expect(second.entries.map((entry) => entry.kind)).toEqual(['SIGNED_IN', 'LOCKED_OUT']);
  });
});

describe('IdentityReadModel security records', () => {
  it('lists a staff member’s live sessions with where they came from, and follows two-factor and roles', () => {
    const model = new IdentityReadModel();
    for (const event of history) model.apply(event);
    expect(model.sessionsOf('s1')).toEqual([]);
    model.apply({
      type: 'TwoFactorEnrolmentStarted',
      data: { staffId: 's1', secret: 'ABC', at: '2025-03-02T10:00:00.000Z' },
    });
    model.apply({
      type: 'TwoFactorEnabled',
      data: { staffId: 's1', at: '2025-03-02T10:01:00.000Z', step: 7, recoveryCodeHashes: ['r0', 'r1'] },
    });
    model.apply({
      type: 'SignInChallengeIssued',
      data: {
        staffId: 's1',
        challengeId: 'c2',
        challengeHash: 'ch2',
        at: '2025-03-02T11:00:00.000Z',
        expiresAt: '2025-03-02T11:05:00.000Z',
        address: '10.0.0.9',
      },
    });
    expect(model.challenges.byTokenHash('ch2')).toMatchObject({ staffId: 's1', challengeId: 'c2' });
    model.apply({
      type: 'SessionStarted',
      data: {
        staffId: 's1',
        sessionId: 'y',
        tokenHash: 'ty',
        startedAt: '2025-03-02T11:01:00.000Z',
        expiresAt: '2025-03-02T23:00:00.000Z',
        address: '10.0.0.9',
        method: 'RECOVERY_CODE',
        challengeId: 'c2',
        recoveryCodeIndex: 0,
      },
    });
    expect(model.challenges.byTokenHash('ch2')).toBeUndefined();
    expect(model.sessionsOf('s1')).toMatchObject([{ sessionId: 'y', address: '10.0.0.9', method: 'RECOVERY_CODE' }]);
    const sara = model.staff.get('s1')!;
    expect(sara.twoFactor).toMatchObject({ secret: 'ABC', pendingSecret: null, recoveryCodesLeft: 1 });
    expect(sara.roles).toEqual(['AGENT', 'SUPERVISOR']);
  });
});

describe('SecurityLogReadModel and patron accounts', () => {
  it('folds patron sign-in failures and lockouts, named by account id', () => {
    const log = new SecurityLogReadModel();
    const registered = {
      type: 'AccountRegistered',
      id: 'a0',
      data: {
        accountId: 'acc-1',
        kind: 'PATRON',
        cardNumberHash: 'h',
        emailHash: null,
        nameHash: null,
        personal: { name: null, cardNumber: null, email: null, phone: null },
        preferences: { contact: { RESERVATION_READY: 'EMAIL', LOAN_DUE: 'EMAIL' }, pickUpBranchId: null },
        at: '2025-03-01T08:00:00.000Z',
        by: { kind: 'system', id: 'seed' },
      },
    } as const;
    log.apply(registered);
    log.apply({
      type: 'AccountSignInFailed',
      id: 'a1',
      data: { accountId: 'acc-1', failuresInRow: 1, at: '2025-03-01T09:00:00.000Z' },
    });
    log.apply({
      type: 'AccountLockedOut',
      id: 'a2',
      data: { accountId: 'acc-1', failures: 5, at: '2025-03-01T09:01:00.000Z', until: '2025-03-01T09:31:00.000Z' },
    });
    log.apply({ ...created('minh', 'minh', 'Minh'), id: 's-minh' });
    const desk = { kind: 'staff', id: 'minh' } as const;
    const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
    log.apply({
      type: 'AccountUnlocked',
      id: 'a3',
      data: { accountId: 'acc-1', reason: 'STAFF', at: at(0), by: desk },
    });
    const passwordSet = { accountId: 'acc-1', passwordHash: 'pd1.x', resetId: null, by: desk } as const;
    log.apply({ type: 'AccountPasswordSet', id: 'a4', data: { ...passwordSet, how: 'DESK', at: at(1) } });
    // The lockout ending by itself and the password given at registration are no news.
    const self = { kind: 'account', id: 'acc-1' } as const;
    log.apply({
      type: 'AccountUnlocked',
      id: 'a5',
      data: { accountId: 'acc-1', reason: 'TIME_PASSED', at: at(2), by: self },
    });
    log.apply({
      type: 'AccountPasswordSet',
      id: 'a6',
      data: { ...passwordSet, how: 'REGISTERED', at: at(3), by: self },
    });
    log.apply({
      type: 'AccountPasswordSet',
      id: 'a7',
      data: { ...passwordSet, how: 'RESET_LINK', at: at(4), by: self },
    });
    log.apply({ type: 'PersonErased', id: 'a8', data: { accountId: 'acc-1', at: at(5), by: desk } });
    expect(log.query({ person: 'acc-1' }, 0, 10).entries).toMatchObject([
      { kind: 'ERASED', subject: 'PATRON', by: 'minh' },
      { kind: 'PASSWORD_CHANGED', subject: 'PATRON', by: null },
      { kind: 'PASSWORD_CHANGED', subject: 'PATRON', by: 'minh' },
      { kind: 'UNLOCKED', subject: 'PATRON', by: 'minh' },
      { kind: 'LOCKED_OUT', subject: 'PATRON', person: 'acc-1', until: '2025-03-01T09:31:00.000Z' },
      { kind: 'SIGN_IN_FAILED', subject: 'PATRON', step: 'PASSWORD' },
    ]);
  });
});

describe('SecurityLogReadModel snapshots', () => {
  it('restores into a fresh log what it kept, and goes on folding from there', () => {
    const log = new SecurityLogReadModel();
    for (const event of withIds(history)) log.apply(event);
    const restored = new SecurityLogReadModel();
    restored.kept.restore(structuredClone(log.kept.snapshot()));
    expect(restored.query({}, 0, 10)).toEqual(log.query({}, 0, 10));
    restored.apply({
      type: 'StaffPasswordChanged',
      id: 'later',
      data: { staffId: 's1', passwordHash: 'h2', at: '2025-03-03T08:00:00.000Z', by: 's1' },
    });
    expect(restored.query({ person: 'sara', kinds: ['PASSWORD_CHANGED'] }, 0, 10).total).toBe(1);
  });
});
