import { describe, expect, it } from 'vitest';
import type { SignedInStaff } from '@deskstream/access';
import type { MailRecord } from '@deskstream/outbox-read-models';
import { mayReadMail } from './outbox-access';

const staff = (roles: SignedInStaff['roles'], departmentIds: string[]): SignedInStaff => ({
  id: 's',
  displayName: 'S',
  roles,
  departmentIds,
  sessionId: 'x',
});
const mail = (purpose: MailRecord['purpose']) => ({ purpose }) as MailRecord;

describe('who may read a mail', () => {
  const humanities = mail({ kind: 'chat-transcript', id: 'c1', departmentId: 'humanities' });
  const older = mail({ kind: 'chat-transcript', id: 'c0' });

  it('is an agent of its department, not an agent of another', () => {
    expect(mayReadMail(staff(['AGENT'], ['humanities', 'law']), humanities)).toBe(true);
    expect(mayReadMail(staff(['AGENT'], ['engineering']), humanities)).toBe(false);
  });

  it('is any supervisor or admin', () => {
    expect(mayReadMail(staff(['SUPERVISOR'], []), humanities)).toBe(true);
    expect(mayReadMail(staff(['ADMIN'], []), humanities)).toBe(true);
  });

  it('for a mail that names no department, is supervisors and admins only', () => {
    expect(mayReadMail(staff(['AGENT'], ['humanities']), older)).toBe(false);
    expect(mayReadMail(staff(['AGENT', 'SUPERVISOR'], ['medicine']), older)).toBe(true);
  });
});
