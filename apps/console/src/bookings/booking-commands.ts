import { isTransient, newCommandId, type Failure } from '@deskstream/ui';

/**
 * Command ids for one kind of change the librarian asks for: the same change asked again after a
 * lost or late answer keeps its id (written once); a different change, or one after a refusal,
 * gets a new one.
 */
export function createCommandIds() {
  let pending: { content: string; id: string } | null = null;
  return {
    idFor(content: string): string {
      if (pending?.content !== content) pending = { content, id: newCommandId() };
      return pending.id;
    },
    settled(failure: Failure | null): void {
      if (!failure || (!isTransient(failure) && failure.code !== 'READ_MODEL_BEHIND')) pending = null;
    },
  };
}
