import type { CallRowFieldsFragment as CallRow } from '../generated/graphql';

const STATE_RANK = { RINGING: 0, ANSWERED: 1, ENDED: 2 } as const;

type Progressing = Pick<CallRow, 'state' | 'takenBy' | 'wrapUp' | 'callback'> & {
  notes?: readonly unknown[];
  tickets?: readonly unknown[];
};

/**
 * How far a call has gone, as a tuple compared in order: ringing, answered, ended; then taken,
 * noted, wrapped up, linked, its callback settled. A call only moves forward, so of two views of
 * one call the further one is the newer; a push that arrives late never undoes a later answer.
 */
export function callProgress(call: Progressing): number[] {
  const callback = call.callback ? ['WAITING', 'ASSIGNED', 'DONE', 'WITHDRAWN'].indexOf(call.callback.state) + 1 : 0;
  return [
    STATE_RANK[call.state],
    call.takenBy ? 1 : 0,
    call.notes?.length ?? 0,
    call.wrapUp ? 1 : 0,
    call.tickets?.length ?? 0,
    callback,
  ];
}

/** Whether `next` is at least as far along as `current` (so it may replace it). */
export function isNoOlder(next: Progressing, current: Progressing): boolean {
  const a = callProgress(next);
  const b = callProgress(current);
  for (let index = 0; index < a.length; index++) {
    if (a[index]! !== b[index]!) return a[index]! > b[index]!;
  }
  return true;
}

/** The list with `call` put in its place (replacing an older view of it), or the list as it was. */
export function placeCall<T extends CallRow>(list: readonly T[], call: T): T[] {
  const index = list.findIndex((each) => each.id === call.id);
  if (index === -1) return [...list, call];
  if (!isNoOlder(call, list[index]!)) return [...list];
  const next = [...list];
  next[index] = call;
  return next;
}
