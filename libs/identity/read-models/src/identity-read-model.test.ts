import { describe, expect, it } from 'vitest';
import type { IdentityEvent } from '@deskstream/identity-domain';
import { IdentityReadModel } from './identity-read-model';

const names = (en: string) => ({ fa: `${en} (fa)`, en, ja: `${en} (ja)`, vi: `${en} (vi)` });

const history: IdentityEvent[] = [
  {
    type: 'DepartmentOpened',
    data: { departmentId: 'humanities', name: names('Humanities'), openedAt: '2025-01-01T08:00:00.000Z' },
  },
  { type: 'DepartmentOpened', data: { departmentId: 'law', name: names('Law'), openedAt: '2025-01-01T08:00:00.000Z' } },
  staff('s1', 'sara', 'Sara'),
  staff('m1', 'minh', 'Minh'),
  {
    type: 'AgentJoinedDepartment',
    data: { staffId: 's1', departmentId: 'humanities', joinedAt: '2025-01-01T08:00:00.000Z' },
  },
  { type: 'AgentJoinedDepartment', data: { staffId: 's1', departmentId: 'law', joinedAt: '2025-01-01T08:00:00.000Z' } },
  {
    type: 'AgentJoinedDepartment',
    data: { staffId: 'm1', departmentId: 'humanities', joinedAt: '2025-01-01T08:00:00.000Z' },
  },
  session('s1', 'sess-1', 'hash-1', '2025-01-01T20:00:00.000Z'),
  session('m1', 'sess-2', 'hash-2', '2025-01-01T10:00:00.000Z'),
];

function staff(staffId: string, username: string, displayName: string): IdentityEvent {
  return {
    type: 'StaffAccountCreated',
    data: {
      staffId,
      username,
      displayName,
      roles: ['AGENT'],
      passwordHash: 'h',
      createdAt: '2025-01-01T08:00:00.000Z',
    },
  };
}

function session(staffId: string, sessionId: string, tokenHash: string, expiresAt: string): IdentityEvent {
  return {
    type: 'SessionStarted',
    data: { staffId, sessionId, tokenHash, startedAt: '2025-01-01T08:00:00.000Z', expiresAt },
  };
}

function fold(events: IdentityEvent[]) {
  const model = new IdentityReadModel();
  for (const event of events) model.apply(event);
  return model;
}

const onlineNames = (model: IdentityReadModel) =>
  model.onlineAgents().map(({ department, agents }) => [department.id, agents.map((agent) => agent.username)]);

describe('IdentityReadModel', () => {
  it('finds staff by username and sessions by token hash', () => {
    const model = fold(history);
    expect(model.staffByName('sara')).toMatchObject({
      id: 's1',
      departmentIds: ['humanities', 'law'],
      onlineSince: null,
    });
    expect(model.staffByName('nobody')).toBeUndefined();
    expect(model.sessionByTokenHash('hash-1')).toMatchObject({ staffId: 's1', sessionId: 'sess-1' });
  });

  it('lists every department with the agents online in it, sorted by name', () => {
    const model = fold([
      ...history,
      { type: 'AgentWentOnline', data: { staffId: 's1', sessionId: 'sess-1', at: '2025-01-01T09:00:00.000Z' } },
      { type: 'AgentWentOnline', data: { staffId: 'm1', sessionId: 'sess-2', at: '2025-01-01T09:05:00.000Z' } },
    ]);
    expect(onlineNames(model)).toEqual([
      ['humanities', ['minh', 'sara']],
      ['law', ['sara']],
    ]);
    expect(model.staffByName('sara')!.onlineSince).toBe('2025-01-01T09:00:00.000Z');
  });

  it('takes agents out when they go offline or leave a department, and says presence changed', () => {
    const model = fold([
      ...history,
      { type: 'AgentWentOnline', data: { staffId: 's1', sessionId: 'sess-1', at: '2025-01-01T09:00:00.000Z' } },
    ]);
    const before = model.presenceVersion;
    model.apply({
      type: 'AgentLeftDepartment',
      data: { staffId: 's1', departmentId: 'law', leftAt: '2025-01-01T09:30:00.000Z' },
    });
    expect(onlineNames(model)).toEqual([
      ['humanities', ['sara']],
      ['law', []],
    ]);
    expect(model.presenceVersion).toBe(before + 1);
    model.apply({
      type: 'AgentWentOffline',
      data: { staffId: 's1', at: '2025-01-01T10:00:00.000Z', reason: 'SET_BY_AGENT' },
    });
    expect(onlineNames(model)).toEqual([
      ['humanities', []],
      ['law', []],
    ]);
    expect(model.presenceVersion).toBe(before + 2);
  });

  it('builds the board once per presence change and rebuilds it after the next one', () => {
    const model = fold([
      ...history,
      { type: 'AgentWentOnline', data: { staffId: 's1', sessionId: 'sess-1', at: '2025-01-01T09:00:00.000Z' } },
    ]);
    const board = model.onlineAgents();
    expect(model.onlineAgents()).toBe(board);
    model.apply(session('m1', 'sess-4', 'hash-4', '2025-01-02T00:00:00.000Z'));
    expect(model.onlineAgents()).toBe(board);
    model.apply({
      type: 'AgentWentOnline',
      data: { staffId: 'm1', sessionId: 'sess-4', at: '2025-01-01T09:10:00.000Z' },
    });
    expect(model.onlineAgents()).not.toBe(board);
    expect(onlineNames(model)).toEqual([
      ['humanities', ['minh', 'sara']],
      ['law', ['sara']],
    ]);
    model.apply({
      type: 'DepartmentOpened',
      data: { departmentId: 'arts', name: names('Arts'), openedAt: '2025-01-01T09:20:00.000Z' },
    });
    expect(onlineNames(model).map(([id]) => id)).toEqual(['humanities', 'law', 'arts']);
  });

  it('does not report a presence change for events that cannot alter it', () => {
    const model = fold(history);
    const before = model.presenceVersion;
    model.apply(session('s1', 'sess-3', 'hash-3', '2025-01-02T00:00:00.000Z'));
    model.apply({
      type: 'AgentJoinedDepartment',
      data: { staffId: 'm1', departmentId: 'law', joinedAt: '2025-01-01T09:00:00.000Z' },
    });
    expect(model.presenceVersion).toBe(before);
  });

  it('forgets ended sessions and lists the ones past their expiry', () => {
    const model = fold(history);
    expect(model.expiredSessions(new Date('2025-01-01T12:00:00.000Z')).map((s) => s.sessionId)).toEqual(['sess-2']);
    model.apply({
      type: 'SessionEnded',
      data: { staffId: 'm1', sessionId: 'sess-2', endedAt: '2025-01-01T10:00:00.000Z', reason: 'EXPIRED' },
    });
    expect(model.sessionByTokenHash('hash-2')).toBeUndefined();
    expect(model.expiredSessions(new Date('2025-01-01T12:00:00.000Z'))).toEqual([]);
  });
});
