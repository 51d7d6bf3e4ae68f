/**
 * A visitor mails themselves their chat's transcript: the mail is queued in the outbox through
 * the same port that carries answers to offline questions (chat never imports the outbox). The
 * mail id comes from the chat, the address and how far the transcript has got, so pressing the
 * button again queues nothing new; once the conversation has gone on, a fresh copy can be sent.
 * The text is plain text: messages exactly as typed, never HTML.
 */
import { CHAT_MAIL_PURPOSES } from '@deskstream/chat-domain';
import type { ChatRecord, TranscriptEntry } from '@deskstream/chat-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MailToSend } from './answer-mailbox';
import { visitorSees } from './views';

/** The outbox refuses a mail text above 100,000 characters; older lines give way first. */
export const TRANSCRIPT_MAIL_MAX_CHARACTERS = 90_000;

export const transcriptMailId = (chatId: string, email: string, entries: number) =>
  eventIdFor(`chat-transcript-mail/${chatId}/${email.trim().toLowerCase()}/${entries}`, 0);

const stamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function line(entry: TranscriptEntry): string {
  if (entry.kind === 'NOTICE') return `[${stamp(entry.at)}] — ${entry.text} —`;
  const body = entry.text.replace(/\r\n?/g, '\n').split('\n').join('\n    ');
  return `[${stamp(entry.at)}] ${entry.author.name}:\n    ${body}`;
}

/** The mail: a heading, then every entry in order; the oldest are left out if it would be too long. */
export function transcriptMail(chat: ChatRecord, email: string, departmentName: string): MailToSend {
  const to = email.trim();
  const heading = `${chat.visitor.name},\n\nThis is the transcript of your chat with ${departmentName}, started ${stamp(chat.requestedAt)}.`;
  // Internal notes are for staff only: never in the visitor's mail.
  const entries = chat.transcript.filter(visitorSees);
  const lines = entries.map(line);
  let omitted = 0;
  let length = lines.reduce((sum, each) => sum + each.length + 2, 0);
  while (length > TRANSCRIPT_MAIL_MAX_CHARACTERS && omitted < lines.length - 1) {
    length -= lines[omitted]!.length + 2;
    omitted += 1;
  }
  const kept = lines.slice(omitted);
  if (omitted > 0) kept.unshift(`(${omitted} earlier entries are too long for one mail and were left out.)`);
  return {
    mailId: transcriptMailId(chat.id, to, entries.length),
    to,
    subject: `Your chat transcript: ${chat.firstWords}`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    text: `${[heading, ...kept].join('\n\n')}\n`,
    purpose: { kind: CHAT_MAIL_PURPOSES.chatTranscript, id: chat.id, departmentId: chat.departmentId },
  };
}
