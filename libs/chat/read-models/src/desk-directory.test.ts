import { describe, expect, it } from 'vitest';
import { DeskDirectory } from './desk-directory';

describe('DeskDirectory', () => {
  it('knows who of a department is online, from identity’s published events', () => {
    const directory = new DeskDirectory();
    directory.apply({
      type: 'DepartmentOpened',
      data: { departmentId: 'law', name: { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' } },
    });
    directory.apply({ type: 'StaffAccountCreated', data: { staffId: 's1', displayName: 'Sara', roles: ['AGENT'] } });
    directory.apply({ type: 'AgentJoinedDepartment', data: { staffId: 's1', departmentId: 'law' } });
    expect(directory.onlineIn('law')).toEqual([]);
    directory.apply({ type: 'AgentWentOnline', data: { staffId: 's1', at: '2025-03-01T08:00:00.000Z' } });
    expect(directory.onlineIn('law').map((agent) => agent.name)).toEqual(['Sara']);
    directory.apply({ type: 'AgentLeftDepartment', data: { staffId: 's1', departmentId: 'law' } });
    expect(directory.onlineIn('law')).toEqual([]);
    directory.apply({ type: 'AgentJoinedDepartment', data: { staffId: 's1', departmentId: 'law' } });
    directory.apply({ type: 'AgentWentOffline', data: { staffId: 's1', at: '2025-03-01T09:00:00.000Z' } });
    expect(directory.onlineIn('law')).toEqual([]);
  });
});
