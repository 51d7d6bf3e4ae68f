/**
 * The receipt mailed to a requester who chose email: the ticket number and the secret link, in the
 * requester's language (Persian with its digits and «،»), through the outbox. Its mail id comes
 * from the ticket, so however often the form is sent again, one receipt is queued. Reply-To is
 * the department's inbound address and the subject carries `[#<number>]`, so answering the
 * receipt by mail lands in the same ticket.
 */
import { eventIdFor } from '@deskstream/event-sourcing';
import type { TicketRecord } from '@deskstream/tickets-read-models';
import type { PublicTicketView } from './public-view';
import { ticketLinkUrl } from './link-token';

/** The outbox as the receipt needs it (the tickets module's mailbox port fits). */
export interface ReceiptMailbox {
  queue(
    mail: {
      mailId: string;
      to: string;
      subject: string;
      text: string;
      purpose: { kind: string; id: string; departmentId?: string };
      replyTo?: string;
      autoSubmitted?: 'auto-generated' | 'auto-replied';
    },
    commandId: string,
    actor: { kind: string; id: string },
  ): Promise<{ ok: true } | { ok: false; message: string }>;
}

export const TICKET_RECEIPT_MAIL = 'ticket-receipt';

export const receiptMailId = (ticketId: string) => eventIdFor(`ticket-receipt/${ticketId}`, 0);

type Language = 'fa' | 'en' | 'ja' | 'vi';

const persianDigits = (text: string) => text.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!);

const WORDING: Record<
  Language,
  (words: { name: string; number: string; subject: string; department: string; link: string }) => {
    subject: string;
    body: string[];
  }
> = {
  en: ({ name, number, subject, department, link }) => ({
    subject: `[#${number}] We have your request: ${subject}`,
    body: [
      `Dear ${name},`,
      `thank you for writing to ${department}. Your request has the number ${number}.`,
      `Follow it, read our answers and reply here (keep this link to yourself: anyone who has it can read the request):`,
      link,
      `You can also answer this mail.`,
    ],
  }),
  fa: ({ name, number, subject, department, link }) => ({
    subject: `[#${number}] درخواست شما رسید: ${subject}`,
    body: [
      `${name} گرامی،`,
      `از اینکه برای ${department} نوشتید سپاسگزاریم. شماره درخواست شما ${persianDigits(number)} است.`,
      `وضعیت آن و پاسخ‌های ما را در این پیوند ببینید و از همین‌جا پاسخ دهید (این پیوند را نزد خود نگه دارید؛ هر کس آن را داشته باشد می‌تواند درخواست را بخواند):`,
      link,
      `می‌توانید به همین ایمیل هم پاسخ دهید.`,
    ],
  }),
  ja: ({ name, number, subject, department, link }) => ({
    subject: `[#${number}] お問い合わせを受け付けました：${subject}`,
    body: [
      `${name} 様`,
      `${department}へのお問い合わせありがとうございます。受付番号は${number}です。`,
      `次のリンクで状況と回答を確認し、返信できます（リンクを知っている人は誰でも閲覧できるため、他の人には教えないでください）：`,
      link,
      `このメールに返信していただくこともできます。`,
    ],
  }),
  vi: ({ name, number, subject, department, link }) => ({
    subject: `[#${number}] Chúng tôi đã nhận yêu cầu của bạn: ${subject}`,
    body: [
      `Chào ${name},`,
      `cảm ơn bạn đã viết cho ${department}. Yêu cầu của bạn có số ${number}.`,
      `Theo dõi, đọc câu trả lời và phản hồi tại đây (hãy giữ đường liên kết cho riêng mình: ai có nó cũng đọc được yêu cầu):`,
      link,
      `Bạn cũng có thể trả lời thư này.`,
    ],
  }),
};

const languageOf = (language: string): Language =>
  language === 'fa' || language === 'ja' || language === 'vi' ? language : 'en';

/** The receipt for a ticket just opened from the form; null when it is not to be mailed. */
export function receiptMail(
  record: TicketRecord,
  view: Pick<PublicTicketView, 'department'>,
  token: string,
  options: { publicUrl: string; replyTo: string | null },
): Parameters<ReceiptMailbox['queue']>[0] | null {
  const to = record.requester.email;
  if (record.requester.contactMethod !== 'EMAIL' || !to) return null;
  const language = languageOf(record.requester.language);
  const wording = WORDING[language]({
    name: record.requester.name,
    number: String(record.number),
    // One line, as the subject of a mail must be.
    subject: record.subject.replace(/[\r\n]+/g, ' ').slice(0, 150),
    department: view.department.name[language],
    link: ticketLinkUrl(options.publicUrl, token),
  });
  return {
    mailId: receiptMailId(record.id),
    to,
    subject: wording.subject,
    text: `${wording.body.join('\n\n')}\n`,
    purpose: { kind: TICKET_RECEIPT_MAIL, id: record.id, departmentId: record.departmentId },
    // Sent by the desk itself: auto-responders on the other side leave it unanswered.
    autoSubmitted: 'auto-generated',
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
  };
}
