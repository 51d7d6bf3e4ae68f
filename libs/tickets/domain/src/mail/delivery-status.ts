/**
 * Delivery status notifications (RFC 3464): the `message/delivery-status` part names each
 * recipient and what became of the mail; the returned headers name the original Message-ID —
 * which ties a bounce to the reply that bounced.
 */
import { normaliseAddress, normaliseMessageId } from './mail-text';

export interface FailedRecipient {
  address: string;
  /** `5.1.1 smtp; 550 5.1.1 user unknown`, bounded. */
  reason: string;
}

/** Header fields of a block of `Name: value` lines (folded lines unfolded), names in lower case. */
function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

const addressOf = (value: string | undefined) => normaliseAddress(value?.replace(/^[^;]*;/, '').trim());

/**
 * The recipients a delivery-status part reports as failed (Action: failed, or a 5.x.x status).
 * Every block naming a recipient counts, so the part may come with text around it.
 */
export function failedRecipients(deliveryStatus: string): FailedRecipient[] {
  const blocks = deliveryStatus.split(/\r?\n\s*\r?\n/);
  const failed: FailedRecipient[] = [];
  for (const block of blocks) {
    const fields = fieldsOf(block);
    const address = addressOf(fields.get('final-recipient')) ?? addressOf(fields.get('original-recipient'));
    const action = fields.get('action')?.toLowerCase() ?? '';
    const status = fields.get('status') ?? '';
    if (!address || !(action.startsWith('failed') || status.startsWith('5'))) continue;
    const reason = [status, fields.get('diagnostic-code')].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    failed.push({ address, reason: reason.slice(0, 300) || 'failed' });
  }
  return failed;
}

/** The Message-ID of the returned message's headers (a `message/rfc822` or `text/rfc822-headers` part), or null. */
export function returnedMessageId(returnedHeaders: string): string | null {
  const headerBlock = returnedHeaders.split(/\r?\n\r?\n/)[0] ?? '';
  return normaliseMessageId(fieldsOf(headerBlock).get('message-id'));
}
