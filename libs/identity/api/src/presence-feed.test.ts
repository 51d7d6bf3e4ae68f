import { describe, expect, it } from 'vitest';
import type { ReadModelChangeListener, RecordedEvent } from '@deskstream/event-sourcing';
import type { IdentityEvent } from '@deskstream/identity-domain';
import { IDENTITY_PROJECTION, IdentityReadModel } from '@deskstream/identity-read-models';
import { presenceFeed } from './presence-feed';

const at = '2025-01-01T08:00:00.000Z';
const names = { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' };

function setup() {
  const readModel = new IdentityReadModel();
  let listener: ReadModelChangeListener | undefined;
  const runner = { onChange: (l: ReadModelChangeListener) => ((listener = l), () => (listener = undefined)) };
  const pushes: {
    presenceChanged: { department: { id: string }; agents: { username: string; onlineSince: string | null }[] }[];
  }[] = [];
  const stop = presenceFeed(runner, readModel, (payload) => pushes.push(payload));
  const apply = (event: IdentityEvent) => {
    readModel.apply(event);
    listener?.({ projection: IDENTITY_PROJECTION, event: event as RecordedEvent });
  };
  return { readModel, pushes, apply, stop };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('presenceFeed', () => {
  it('publishes one snapshot per burst of presence changes, and nothing for other changes', async () => {
    const { pushes, apply } = setup();
    apply({ type: 'DepartmentOpened', data: { departmentId: 'law', name: names, openedAt: at } });
    apply({
      type: 'StaffAccountCreated',
      data: {
        staffId: 's1',
        username: 'sara',
        displayName: 'Sara',
        roles: ['AGENT'],
        passwordHash: 'h',
        createdAt: at,
      },
    });
    apply({ type: 'AgentJoinedDepartment', data: { staffId: 's1', departmentId: 'law', joinedAt: at } });
    apply({ type: 'AgentWentOnline', data: { staffId: 's1', sessionId: 'a', at } });
    await tick();
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.presenceChanged).toEqual([
      {
        department: { id: 'law', name: names },
        agents: [expect.objectContaining({ username: 'sara', onlineSince: at })],
      },
    ]);

    apply({
      type: 'SessionStarted',
      data: { staffId: 's1', sessionId: 'b', tokenHash: 'x', startedAt: at, expiresAt: at },
    });
    await tick();
    expect(pushes).toHaveLength(1);
  });

  it('hands out copies, so later changes do not alter what was published', async () => {
    const { pushes, apply } = setup();
    apply({ type: 'DepartmentOpened', data: { departmentId: 'law', name: names, openedAt: at } });
    apply({
      type: 'StaffAccountCreated',
      data: {
        staffId: 's1',
        username: 'sara',
        displayName: 'Sara',
        roles: ['AGENT'],
        passwordHash: 'h',
        createdAt: at,
      },
    });
    apply({ type: 'AgentJoinedDepartment', data: { staffId: 's1', departmentId: 'law', joinedAt: at } });
    apply({ type: 'AgentWentOnline', data: { staffId: 's1', sessionId: 'a', at } });
    await tick();
    apply({ type: 'AgentWentOffline', data: { staffId: 's1', at, reason: 'SET_BY_AGENT' } });
    await tick();
    expect(pushes.map((push) => push.presenceChanged[0]!.agents.map((agent) => agent.onlineSince))).toEqual([[at], []]);
  });

  it('stops publishing once stopped', async () => {
    const { pushes, apply, stop } = setup();
    stop();
    apply({ type: 'DepartmentOpened', data: { departmentId: 'law', name: names, openedAt: at } });
    await tick();
    expect(pushes).toEqual([]);
  });
});
