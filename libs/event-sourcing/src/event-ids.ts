/**
 * Event ids derived from the command id (UUID v5), so the same command always proposes the same
 * ids: the store recognises a retried append, and a re-read stream shows a command already ran.
 */
import { v5 as uuidV5 } from 'uuid';

/** Deskstream's namespace for event ids; changing it would break idempotency of old commands. */
export const EVENT_ID_NAMESPACE = '350e13c7-d9af-43cc-8156-9af75f38a0ce';

/** The id of the `index`-th event (from 0) decided by the command `commandId`. */
export function eventIdFor(commandId: string, index: number): string {
  if (commandId.length === 0) throw new Error('A command needs a non-empty id to derive its event ids.');
  if (!Number.isInteger(index) || index < 0) throw new Error(`Event index ${index} is not a whole number from 0.`);
  return uuidV5(`${commandId}/${index}`, EVENT_ID_NAMESPACE);
}
