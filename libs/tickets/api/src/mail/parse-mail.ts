/**
 * A raw message as the pipeline needs it, parsed with mailparser: its header lines as sent (for
 * classifying), sender and recipients with usable addresses only, threading headers, plain text
 * (HTML turned into text, never kept as HTML), the files it carries, and for a delivery status
 * report the failed recipients and the Message-ID of the mail that bounced.
 */
import { convert } from 'html-to-text';
import { simpleParser, type AddressObject, type Attachment } from 'mailparser';
import {
  cleanDisplayName,
  cleanSubject,
  failedRecipients,
  messageIdsOf,
  normaliseAddress,
  normaliseMessageId,
  returnedMessageId,
  TICKET_LIMITS,
  type FailedRecipient,
  type HeaderLookup,
} from '@deskstream/tickets-domain';

export interface MailFile {
  filename: string | null;
  contentType: string;
  content: Buffer;
}

export interface ParsedInboundMail {
  messageId: string | null;
  header: HeaderLookup;
  from: { name: string; address: string | null };
  to: string[];
  cc: string[];
  subject: string;
  /** In-Reply-To first, then References from the newest. */
  referencedMessageIds: string[];
  inReplyTo: string | null;
  references: string[];
  text: string;
  files: MailFile[];
  report: { failed: FailedRecipient[]; originalMessageId: string | null } | null;
  language: string | null;
}

const REPORT_PARTS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_PARTS = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global-headers']);

function addressesOf(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  const addresses = objects.flatMap((object) =>
    object.value.flatMap((entry) => [entry.address, ...(entry.group ?? []).map((member) => member.address)]),
  );
  return [...new Set(addresses.map(normaliseAddress).filter((address): address is string => address !== null))];
}

function headerLookup(lines: readonly { key: string; line: string }[]): HeaderLookup {
  const first = new Map<string, string>();
  for (const { key, line } of lines) {
    const name = key.toLowerCase();
    if (first.has(name)) continue;
    const colon = line.indexOf(':');
    first.set(
      name,
      line
        .slice(colon + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    );
  }
  return (name) => first.get(name.toLowerCase());
}

function textOf(text: string | undefined, html: string | false | undefined): string {
  const plain = text?.trim()
    ? text
    : html
      ? convert(html, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }] })
      : '';
  const kept = plain
    .replace(/\r\n?/g, '\n')
    // Control characters (a stray NUL, a form feed, bytes of a wrong charset) are not text.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return [...kept].slice(0, TICKET_LIMITS.textCharacters).join('');
}

/** A delivery status report's failed recipients and returned Message-ID; mailparser may fold the status part into the text. */
function reportOf(
  attachments: Attachment[],
  contentType: string,
  text: string | undefined,
): ParsedInboundMail['report'] {
  const status = attachments.find((part) => REPORT_PARTS.has(part.contentType.toLowerCase()));
  const isReport = /^\s*multipart\/report\b/i.test(contentType) && /delivery-status/i.test(contentType);
  if (!status && !isReport) return null;
  const returned = attachments.find((part) => RETURNED_PARTS.has(part.contentType.toLowerCase()));
  return {
    failed: failedRecipients(status ? status.content.toString('utf8') : (text ?? '')),
    originalMessageId: returned ? returnedMessageId(returned.content.toString('utf8')) : null,
  };
}

export async function parseInboundMail(raw: Buffer): Promise<ParsedInboundMail> {
  const parsed = await simpleParser(raw, {
    skipHtmlToText: true,
    skipImageLinks: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: 2_000_000,
  });
  const header = headerLookup(parsed.headerLines ?? []);
  const sender = parsed.from?.value[0];
  const inReplyTo = messageIdsOf(parsed.inReplyTo)[0] ?? null;
  const references = messageIdsOf(parsed.references);
  const report = reportOf(parsed.attachments, header('content-type') ?? '', parsed.text);
  const files = parsed.attachments
    .filter((part) => !report || !(REPORT_PARTS.has(part.contentType) || RETURNED_PARTS.has(part.contentType)))
    .map((part) => ({ filename: part.filename ?? null, contentType: part.contentType, content: part.content }));
  const language = header('content-language')?.slice(0, 2).toLowerCase() ?? null;
  return {
    messageId: normaliseMessageId(parsed.messageId),
    header,
    from: { name: cleanDisplayName(sender?.name), address: normaliseAddress(sender?.address) },
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    subject: cleanSubject(parsed.subject),
    referencedMessageIds: [...new Set([...(inReplyTo ? [inReplyTo] : []), ...[...references].reverse()])],
    inReplyTo,
    references,
    text: textOf(parsed.text, parsed.html),
    files,
    report,
    language,
  };
}
