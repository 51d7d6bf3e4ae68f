/**
 * The live feed of who is online per department: after the runner applied an identity event
 * that changed presence, one snapshot is published (changes from one burst are coalesced).
 * Snapshots are copies, so a subscriber resolving later never sees a newer state half-way.
 */
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { IDENTITY_PROJECTION, type DepartmentPresence, type IdentityReadModel } from '@deskstream/identity-read-models';

export const PRESENCE_CHANGED = 'IDENTITY_PRESENCE_CHANGED';

export function presenceSnapshot(readModel: IdentityReadModel): DepartmentPresence[] {
  return readModel.onlineAgents().map(({ department, agents }) => ({
    department,
    agents: agents.map((agent) => ({ ...agent, roles: [...agent.roles], departmentIds: [...agent.departmentIds] })),
  }));
}

/** Starts publishing; returns the function that stops. */
export function presenceFeed(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: IdentityReadModel,
  publish: (payload: { presenceChanged: DepartmentPresence[] }) => void,
): () => void {
  let published = readModel.presenceVersion;
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    if (readModel.presenceVersion === published) return;
    published = readModel.presenceVersion;
    publish({ presenceChanged: presenceSnapshot(readModel) });
  };
  const stopListening = runner.onChange((change) => {
    if (change.projection !== IDENTITY_PROJECTION || readModel.presenceVersion === published || scheduled) return;
    scheduled = setImmediate(flush);
  });
  return () => {
    stopListening();
    if (scheduled) clearImmediate(scheduled);
  };
}
