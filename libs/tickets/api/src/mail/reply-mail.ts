/**
 * A reply's mail as the requester reads it: the agent's words, the files' names, and a short
 * footer in the requester's language (Persian with its digits) saying that answering the mail
 * keeps the conversation in the same request — over the tickets module's default reply mail,
 * which sets the department's Reply-To, the threading headers and the `[#<number>]` subject.
 */
import { replySubject } from '@deskstream/tickets-domain';
import { defaultReplyMail, type ReplyMailBuilder } from '../reply-mailing';

type Language = 'fa' | 'en' | 'ja' | 'vi';

const persianDigits = (text: string) => text.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!);

const FOOTER: Record<Language, (number: number) => string> = {
  en: (number) => `Request ${number}. To answer, reply to this mail and keep [#${number}] in the subject.`,
  fa: (number) =>
    `درخواست ${persianDigits(String(number))}. برای پاسخ، به همین نامه پاسخ دهید و [#${number}] را در موضوع نگه دارید.`,
  ja: (number) =>
    `お問い合わせ番号 ${number}。ご返信の際は、件名の [#${number}] を残したままこのメールにご返信ください。`,
  vi: (number) => `Yêu cầu số ${number}. Để trả lời, hãy trả lời thư này và giữ [#${number}] trong tiêu đề.`,
};

const languageOf = (language: string): Language =>
  language === 'fa' || language === 'ja' || language === 'vi' ? language : 'en';

export const replyMailOf: ReplyMailBuilder = (ticket, reply, replyTo) => {
  const mail = defaultReplyMail(ticket, reply, replyTo);
  const footer = FOOTER[languageOf(ticket.requester.language)](ticket.number);
  return { ...mail, subject: replySubject(ticket.number, ticket.subject), text: `${mail.text}\n\n--\n${footer}\n` };
};
