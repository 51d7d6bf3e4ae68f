import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { StaffCommand } from './commands';
import { departmentDecider } from './department-decider';
import { staffDecider } from './staff-decider';
import type { StaffEvent } from './identity-events';

const given = deciderSpec(staffDecider);
const givenDepartment = deciderSpec(departmentDecider);

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T09:00:00.000Z';
const T2 = '2025-03-01T10:00:00.000Z';
const LATER = '2025-03-01T20:00:00.000Z';
const EXPIRY = '2025-03-01T18:00:00.000Z';

const created: StaffEvent = {
  type: 'StaffAccountCreated',
  data: {
    staffId: 's1',
    username: 'sara',
    displayName: 'Sara Ahmadi',
    roles: ['AGENT'],
    passwordHash: '$argon2id$x',
    createdAt: T0,
  },
};
const session = (sessionId: string, expiresAt = EXPIRY): StaffEvent => ({
  type: 'SessionStarted',
  data: { staffId: 's1', sessionId, tokenHash: `hash-${sessionId}`, startedAt: T0, expiresAt },
});
const online: StaffEvent = { type: 'AgentWentOnline', data: { staffId: 's1', sessionId: 'a', at: T1 } };

const create = (data: Partial<Extract<StaffCommand, { type: 'CreateStaffAccount' }>['data']> = {}): StaffCommand => ({
  type: 'CreateStaffAccount',
  data: {
    staffId: 's1',
    username: 'sara',
    displayName: 'Sara Ahmadi',
    roles: ['AGENT'],
    passwordHash: '$argon2id$x',
    at: T0,
    ...data,
  },
});
const setPresence = (status: 'ONLINE' | 'OFFLINE', at = T1, sessionId = 'a'): StaffCommand => ({
  type: 'SetPresence',
  data: { staffId: 's1', sessionId, status, at },
});
const endSession = (sessionId: string, at = T2, reason: 'SIGNED_OUT' | 'EXPIRED' = 'SIGNED_OUT'): StaffCommand => ({
  type: 'EndSession',
  data: { staffId: 's1', sessionId, at, reason },
});

describe('staff account', () => {
  it('is created once, with valid details', () => {
    given([]).when(create()).then([created]);
    given([created]).when(create()).then('IDENTITY_STAFF_EXISTS');
    given([])
      .when(create({ username: 'Sara Ahmadi' }))
      .then('IDENTITY_USERNAME_INVALID');
    given([])
      .when(create({ displayName: '   ' }))
      .then('IDENTITY_DISPLAY_NAME_INVALID');
    given([])
      .when(create({ roles: [] }))
      .then('IDENTITY_ROLES_INVALID');
    given([])
      .when(create({ roles: ['JANITOR' as never] }))
      .then('IDENTITY_ROLES_INVALID');
  });

  it('lists each role once, in the order roles are declared', () => {
    given([])
      .when(create({ roles: ['ADMIN', 'AGENT', 'ADMIN'] }))
      .then([{ ...created, data: { ...created.data, roles: ['AGENT', 'ADMIN'] } }]);
  });

  it('joins and leaves departments, once each', () => {
    const joined: StaffEvent = {
      type: 'AgentJoinedDepartment',
      data: { staffId: 's1', departmentId: 'law', joinedAt: T1 },
    };
    given([created])
      .when({ type: 'JoinDepartment', data: { staffId: 's1', departmentId: 'law', at: T1 } })
      .then([joined]);
    given([created, joined])
      .when({ type: 'JoinDepartment', data: { staffId: 's1', departmentId: 'law', at: T2 } })
      .then([]);
    given([created, joined])
      .when({ type: 'LeaveDepartment', data: { staffId: 's1', departmentId: 'law', at: T2 } })
      .then([{ type: 'AgentLeftDepartment', data: { staffId: 's1', departmentId: 'law', leftAt: T2 } }]);
    given([created])
      .when({ type: 'LeaveDepartment', data: { staffId: 's1', departmentId: 'law', at: T2 } })
      .then([]);
  });

  it('rejects everything but creation for an account that does not exist', () => {
    given([]).when(setPresence('ONLINE')).then('IDENTITY_STAFF_NOT_FOUND');
    given([])
      .when({ type: 'JoinDepartment', data: { staffId: 's1', departmentId: 'law', at: T1 } })
      .then('IDENTITY_STAFF_NOT_FOUND');
  });
});

describe('sessions', () => {
  it('start with the token hash and expiry, once per session id', () => {
    const start: StaffCommand = {
      type: 'StartSession',
      data: { staffId: 's1', sessionId: 'a', tokenHash: 'hash-a', at: T0, expiresAt: EXPIRY },
    };
    given([created])
      .when(start)
      .then([session('a')]);
    given([created, session('a')])
      .when(start)
      .then([]);
  });

  it('end once; ending one that is not open decides nothing', () => {
    given([created, session('a')])
      .when(endSession('a'))
      .then([{ type: 'SessionEnded', data: { staffId: 's1', sessionId: 'a', endedAt: T2, reason: 'SIGNED_OUT' } }]);
    given([created]).when(endSession('a')).then([]);
  });

  it('take an online agent offline when the last live session ends', () => {
    given([created, session('a'), online])
      .when(endSession('a'))
      .then([
        { type: 'SessionEnded', data: { staffId: 's1', sessionId: 'a', endedAt: T2, reason: 'SIGNED_OUT' } },
        { type: 'AgentWentOffline', data: { staffId: 's1', at: T2, reason: 'SESSION_ENDED' } },
      ]);
  });

  it('take an agent offline at the moment an expired session ran out', () => {
    given([created, session('a'), online])
      .when(endSession('a', EXPIRY, 'EXPIRED'))
      .then([
        { type: 'SessionEnded', data: { staffId: 's1', sessionId: 'a', endedAt: EXPIRY, reason: 'EXPIRED' } },
        { type: 'AgentWentOffline', data: { staffId: 's1', at: EXPIRY, reason: 'SESSION_ENDED' } },
      ]);
  });

  it('leave the agent online while another session is still live', () => {
    given([created, session('a'), session('b', LATER), online])
      .when(endSession('a'))
      .then([{ type: 'SessionEnded', data: { staffId: 's1', sessionId: 'a', endedAt: T2, reason: 'SIGNED_OUT' } }]);
  });

  it('do not count another session that has already expired', () => {
    given([created, session('a', LATER), session('b', T1), online])
      .when(endSession('a'))
      .then([
        { type: 'SessionEnded', data: { staffId: 's1', sessionId: 'a', endedAt: T2, reason: 'SIGNED_OUT' } },
        { type: 'AgentWentOffline', data: { staffId: 's1', at: T2, reason: 'SESSION_ENDED' } },
      ]);
  });
});

describe('presence', () => {
  it('goes online with the exact time from the command, once', () => {
    given([created, session('a')])
      .when(setPresence('ONLINE'))
      .then([online]);
    given([created, session('a'), online])
      .when(setPresence('ONLINE', T2))
      .then([]);
  });

  it('goes offline when set so, and only when online', () => {
    given([created, session('a'), online])
      .when(setPresence('OFFLINE', T2))
      .then([{ type: 'AgentWentOffline', data: { staffId: 's1', at: T2, reason: 'SET_BY_AGENT' } }]);
    given([created, session('a')])
      .when(setPresence('OFFLINE', T2))
      .then([]);
  });

  it('needs a live session of the agent', () => {
    given([created]).when(setPresence('ONLINE')).then('IDENTITY_PRESENCE_NEEDS_SESSION');
    given([created, session('a')])
      .when(setPresence('ONLINE', LATER))
      .then('IDENTITY_PRESENCE_NEEDS_SESSION');
    given([
      created,
      session('a'),
      { type: 'SessionEnded', data: { staffId: 's1', sessionId: 'a', endedAt: T1, reason: 'SIGNED_OUT' } },
    ])
      .when(setPresence('ONLINE', T2))
      .then('IDENTITY_PRESENCE_NEEDS_SESSION');
  });
});

describe('department', () => {
  const name = { fa: ' علوم انسانی ', en: 'Humanities', ja: '人文学', vi: 'Khoa học nhân văn' };
  const open = { type: 'OpenDepartment' as const, data: { departmentId: 'humanities', name, at: T0 } };
  const opened = {
    type: 'DepartmentOpened' as const,
    data: { departmentId: 'humanities', name: { ...name, fa: 'علوم انسانی' }, openedAt: T0 },
  };

  it('opens once, with a name in every language', () => {
    givenDepartment([]).when(open).then([opened]);
    givenDepartment([opened]).when(open).then('IDENTITY_DEPARTMENT_EXISTS');
    givenDepartment([])
      .when({ ...open, data: { ...open.data, name: { ...name, ja: '' } } })
      .then('IDENTITY_DEPARTMENT_NAME_INVALID');
  });
});
