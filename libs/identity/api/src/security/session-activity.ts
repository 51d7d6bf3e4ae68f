/**
 * When each session was last seen: the time of its latest signed-in request, kept in memory by
 * this api process (never an event: that would be a write per request). Another process keeps its
 * own, so with several api processes it is the latest this one saw.
 */
import type { IdentityReadModel } from '@deskstream/identity-read-models';

const lastSeenByReadModel = new WeakMap<IdentityReadModel, Map<string, number>>();

export function sessionActivity(readModel: IdentityReadModel): Map<string, number> {
  let lastSeen = lastSeenByReadModel.get(readModel);
  if (!lastSeen) {
    lastSeen = new Map();
    lastSeenByReadModel.set(readModel, lastSeen);
  }
  return lastSeen;
}
