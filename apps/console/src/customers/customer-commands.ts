import { isTransient, newCommandId, type Failure } from '@deskstream/ui';

/**
 * Command ids for the changes asked on the customers pages: the same change asked again after a
 * lost or late answer keeps its id (so it is written once); a different change, or the same one
 * after a refusal or a success, gets a new one.
 */
export function createCommandIds() {
  const pending = new Map<string, { content: string; id: string }>();
  return {
    /** The id for `content` of this kind of change (`merge`, `register`, …). */
    idFor(kind: string, content: string): string {
      const held = pending.get(kind);
      if (held?.content === content) return held.id;
      const id = newCommandId();
      pending.set(kind, { content, id });
      return id;
    },
    settled(kind: string, failure: Failure | null): void {
      if (!failure || (!isTransient(failure) && failure.code !== 'READ_MODEL_BEHIND')) pending.delete(kind);
    },
  };
}
