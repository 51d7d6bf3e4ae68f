import { describe, expect, it } from 'vitest';
import { requireStaff, requireStaffInDepartment, type SignedInStaff, type StaffDirectory } from './index';

const sara: SignedInStaff = {
  id: 'staff-sara',
  displayName: 'Sara',
  roles: ['AGENT'],
  departmentIds: ['humanities'],
  sessionId: 's-1',
};
const directory: StaffDirectory = {
  identify: (authorization) =>
    authorization === 'Bearer good' ? sara : authorization ? 'SESSION_ENDED' : 'NOT_SIGNED_IN',
};
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'allowed';
  } catch (error) {
    return (error as { extensions?: { code: string; reason: string } }).extensions;
  }
};

describe('access checks', () => {
  it('let a signed-in member with the role through', () => {
    expect(requireStaff({ authorization: 'Bearer good', staffDirectory: directory }, ['AGENT'])).toBe(sara);
  });

  it('say UNAUTHENTICATED without a session, and why', () => {
    expect(codeOf(() => requireStaff({ staffDirectory: directory }, ['AGENT']))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'ACCESS_NOT_SIGNED_IN',
    });
    expect(codeOf(() => requireStaff({ authorization: 'Bearer old', staffDirectory: directory }, ['AGENT']))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'ACCESS_SESSION_ENDED',
    });
    expect(codeOf(() => requireStaff({ authorization: 'Bearer good' }, ['AGENT']))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'ACCESS_NOT_SIGNED_IN',
    });
  });

  it('say FORBIDDEN for the wrong role or department', () => {
    expect(codeOf(() => requireStaff({ authorization: 'Bearer good', staffDirectory: directory }, ['ADMIN']))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ACCESS_ROLE_REQUIRED',
    });
    expect(
      codeOf(() =>
        requireStaffInDepartment({ authorization: 'Bearer good', staffDirectory: directory }, ['AGENT'], 'law'),
      ),
    ).toEqual({ code: 'FORBIDDEN', reason: 'ACCESS_DEPARTMENT_REQUIRED' });
    expect(
      codeOf(() =>
        requireStaffInDepartment({ authorization: 'Bearer good', staffDirectory: directory }, ['AGENT'], 'humanities'),
      ),
    ).toBe('allowed');
  });
});
