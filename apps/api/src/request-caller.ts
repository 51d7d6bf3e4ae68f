/**
 * Who is calling, worked out once per HTTP request. A signed-in request asks the staff directory
 * several times (the public rate limit lets staff through, the public cost and size limits skip
 * them, every resolver checks the role), and each ask hashes the bearer token and looks up its
 * session: the first answer is kept for the rest of that request, and only for it, so a session
 * that ends is seen by the next request.
 */
import type { SignedInStaff, StaffDirectory, Unidentified } from '@deskstream/access';
import type { FastifyRequest } from 'fastify';

const identified = new WeakMap<object, { directory: StaffDirectory; caller: SignedInStaff | Unidentified }>();

/** The staff member behind the request's bearer token (or why none), asked of `directory` once per request. */
export function callerOf(directory: StaffDirectory, request: FastifyRequest): SignedInStaff | Unidentified {
  const known = identified.get(request.raw);
  if (known?.directory === directory) return known.caller;
  const caller = directory.identify(request.headers.authorization);
  identified.set(request.raw, { directory, caller });
  return caller;
}

/** A directory for one request's GraphQL context: its own token answered once, any other asked as usual. */
export function requestDirectory(directory: StaffDirectory, request: FastifyRequest): StaffDirectory {
  const authorization = request.headers.authorization;
  return {
    identify: (asked) => (asked === authorization ? callerOf(directory, request) : directory.identify(asked)),
  };
}
