/**
 * How far each of the visitor's own messages has got, as the visitor sees it:
 *
 * - `sending`: typed and on its way; the api has not acknowledged it yet.
 * - `failed`: the api could not take it (offline, refused); it can be sent again, and is sent
 *   again by itself after a reconnection. The same client message id means it is written once.
 * - `sent`: the api has stored it (it is an event in the chat's stream), but no agent has the
 *   chat yet — the chat is waiting in the queue, or was passed on to another department.
 * - `delivered`: an agent has it in front of them: the chat was held by an agent when the
 *   message arrived (their console receives every entry live), or an agent acted on the chat
 *   after it (accepted it, replied, passed it on or closed it) with the whole transcript shown.
 */
import type { ChatStatus, TranscriptEntry } from './operations';

export type OwnMessageStatus = 'sending' | 'failed' | 'sent' | 'delivered';

const AGENT_NOTICES = new Set(['ACCEPTED', 'TRANSFERRED', 'CLOSED_BY_AGENT']);

/** Whether the entry shows an agent at work on the chat. */
export const isAgentAction = (entry: TranscriptEntry) =>
  entry.author.kind === 'AGENT' ||
  (entry.kind === 'NOTICE' && entry.notice !== null && AGENT_NOTICES.has(entry.notice));

/** `sent` or `delivered` for each visitor message of the transcript, by entry id. */
export function deliveryOf(
  transcript: readonly TranscriptEntry[],
  status: ChatStatus,
): Map<string, 'sent' | 'delivered'> {
  const result = new Map<string, 'sent' | 'delivered'>();
  let seenByAgent = status === 'ACTIVE';
  for (let index = transcript.length - 1; index >= 0; index -= 1) {
    const entry = transcript[index]!;
    if (entry.kind === 'MESSAGE' && entry.author.kind === 'VISITOR')
      result.set(entry.id, seenByAgent ? 'delivered' : 'sent');
    else if (isAgentAction(entry)) seenByAgent = true;
  }
  return result;
}
