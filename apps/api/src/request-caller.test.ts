import { describe, expect, it } from 'vitest';
import type { SignedInStaff, StaffDirectory } from '@deskstream/access';
import type { FastifyRequest } from 'fastify';
import { callerOf, requestDirectory } from './request-caller';

const sara: SignedInStaff = { id: 's1', displayName: 'Sara', roles: ['AGENT'], departmentIds: [], sessionId: 'x' };

function countingDirectory() {
  const asked: (string | undefined)[] = [];
  let signedIn = true;
  const directory: StaffDirectory = {
    identify(authorization) {
      asked.push(authorization);
      return signedIn && authorization === 'Bearer good' ? sara : 'SESSION_ENDED';
    },
  };
  return { directory, asked, signOut: () => (signedIn = false) };
}

const request = (authorization?: string) => ({ raw: {}, headers: { authorization } }) as unknown as FastifyRequest;

describe('the caller of a request', () => {
  it('is asked of the directory once per request, however often it is needed', () => {
    const { directory, asked } = countingDirectory();
    const one = request('Bearer good');
    expect(callerOf(directory, one)).toBe(sara);
    expect(callerOf(directory, one)).toBe(sara);
    expect(requestDirectory(directory, one).identify('Bearer good')).toBe(sara);
    expect(asked).toEqual(['Bearer good']);
  });

  it('is asked again by the next request, so an ended session is seen there', () => {
    const { directory, signOut } = countingDirectory();
    expect(callerOf(directory, request('Bearer good'))).toBe(sara);
    signOut();
    expect(callerOf(directory, request('Bearer good'))).toBe('SESSION_ENDED');
  });

  it("answers another token than the request's own by asking the directory", () => {
    const { directory, asked } = countingDirectory();
    const scoped = requestDirectory(directory, request('Bearer good'));
    expect(scoped.identify('Bearer other')).toBe('SESSION_ENDED');
    expect(scoped.identify(undefined)).toBe('SESSION_ENDED');
    expect(asked).toEqual(['Bearer other', undefined]);
  });
});
