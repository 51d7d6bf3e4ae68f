/**
 * Read-your-writes when several api processes serve the desk: the api answers each request that
 * wrote with how far into the event log its answer reflects (`Deskstream-Position`); sending the
 * latest of those back (`Deskstream-After`) has any process wait until it has caught up to it
 * before answering. Positions are `<commit>-<prepare>`, compared as numbers.
 */
export const POSITION_HEADER = 'deskstream-position';
export const AFTER_HEADER = 'deskstream-after';

const POSITION = /^(\d{1,20})-(\d{1,20})$/;

function later(a: string | undefined, b: string): string {
  const [, commitA = '0', prepareA = '0'] = POSITION.exec(a ?? '') ?? [];
  const [, commitB, prepareB] = POSITION.exec(b) ?? [];
  if (commitB === undefined || prepareB === undefined) return a ?? '';
  const [ca, pa, cb, pb] = [BigInt(commitA), BigInt(prepareA), BigInt(commitB), BigInt(prepareB)];
  return cb > ca || (cb === ca && pb > pa) ? b : (a ?? b);
}

/** A `fetch` that remembers the latest position the api answered and sends it with every later request. */
export function readYourWritesFetch(inner: typeof fetch): typeof fetch {
  let latest: string | undefined;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (latest) headers.set(AFTER_HEADER, latest);
    const response = await inner(input, { ...init, headers });
    const position = response.headers.get(POSITION_HEADER);
    if (position) latest = later(latest, position) || undefined;
    return response;
  };
}
