/**
 * A request token per async action: each call takes a ticket, and only the holder of the latest
 * ticket may write its result, so a slow old response never overwrites a newer one.
 *
 *   const ticket = requests.begin();
 *   const outcome = await send();
 *   if (!requests.isLatest(ticket)) return;   // a newer call (or a reset) came meanwhile
 */
export interface LatestRequest {
  begin(): number;
  isLatest(ticket: number): boolean;
  /** Makes every ticket handed out so far stale (a reset, or newer data from elsewhere). */
  invalidate(): void;
}

export function createLatestRequest(): LatestRequest {
  let latest = 0;
  return {
    begin: () => ++latest,
    isLatest: (ticket) => ticket === latest,
    invalidate: () => {
      latest += 1;
    },
  };
}
