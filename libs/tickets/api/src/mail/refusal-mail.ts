/** The mail that tells a polled mailbox's sender why their mail was refused (the SMTP listener refuses in the session). */
import { cleanSubject } from '@deskstream/tickets-domain';
import type { ParsedInboundMail } from './parse-mail';

export function refusalMail(parsed: ParsedInboundMail, reason: string, key: string, departmentId: string | null) {
  const subject = cleanSubject(`Undeliverable: ${parsed.subject || '(no subject)'}`);
  const text = [
    'Your message could not be accepted by the help desk and was not turned into a request.',
    '',
    `Reason: ${reason}`,
    '',
    parsed.subject ? `Subject of your message: ${parsed.subject}` : '',
    'Please send it again within the limits, or use the contact form.',
  ]
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
    .join('\n');
  return {
    mailId: `inbound-refusal-${key}`,
    to: parsed.from.address!,
    subject,
    text,
    purpose: { kind: 'ticket-inbound-refusal', id: key, ...(departmentId ? { departmentId } : {}) },
    // An answer to the sender's mail: their auto-responder must not answer it back.
    autoSubmitted: 'auto-replied' as const,
  };
}
