/** Positions in `$all`: ordering and a readable form for messages. */
import type { Position } from '@eventstore/db-client';

/** Negative when `a` comes before `b`, zero when equal, positive after. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** True once `reached` is at or past `target`; nothing reached yet is before everything. */
export function hasReached(reached: Position | undefined, target: Position): boolean {
  return reached !== undefined && comparePositions(reached, target) >= 0;
}

export function formatPosition(position: Position | undefined): string {
  return position === undefined ? 'the start' : `${position.commit}/${position.prepare}`;
}
