import { describe, expect, it } from 'vitest';
import { requireStaff } from '@deskstream/access';
import { IdentityReadModel } from '@deskstream/identity-read-models';
import { tokenHash } from './credentials';
import { identityStaffDirectory } from './staff-directory';

describe('the staff directory other contexts use', () => {
  const readModel = new IdentityReadModel();
  const at = '2026-11-22T09:00:00.000Z';
  readModel.apply({
    type: 'StaffAccountCreated',
    data: {
      staffId: 'sara',
      username: 'sara',
      displayName: 'Sara',
      roles: ['AGENT'],
      passwordHash: 'x',
      createdAt: at,
    },
  });
  readModel.apply({
    type: 'SessionStarted',
    data: {
      staffId: 'sara',
      sessionId: 's-1',
      tokenHash: tokenHash('t0ken'),
      startedAt: at,
      expiresAt: '2026-11-22T21:00:00.000Z',
    },
  });
  const directory = identityStaffDirectory(readModel, () => new Date('2026-11-22T10:00:00.000Z'));

  it('identifies a live session by its bearer token', () => {
    expect(requireStaff({ authorization: 'Bearer t0ken', staffDirectory: directory }, ['AGENT'])).toMatchObject({
      id: 'sara',
      displayName: 'Sara',
      sessionId: 's-1',
    });
  });

  it('tells a missing token from an unknown one', () => {
    expect(directory.identify(undefined)).toBe('NOT_SIGNED_IN');
    expect(directory.identify('Bearer nope')).toBe('SESSION_ENDED');
  });
});
