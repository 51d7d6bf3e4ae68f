import { describe, expect, it } from 'vitest';
import { receiptMail, receiptMailId } from './receipt-mail';
import type { TicketRecord } from '@deskstream/tickets-read-models';

const TOKEN = 'k3Jx2sQ8fT1uV9wY0zA4bC6dE7gH5iJ2lM3nO8pR1sT';
const department = {
  id: 'support',
  name: { fa: 'پشتیبانی', en: 'Support', ja: 'サポート', vi: 'Hỗ trợ' },
};

const ticket = (requester: Partial<TicketRecord['requester']>) =>
  ({
    id: 'ticket-1',
    number: 1043,
    subject: 'Error 1603\r\nBcc: everyone@example.org',
    departmentId: 'support',
    requester: {
      name: 'Yui Sato',
      email: 'yui@example.jp',
      phone: null,
      language: 'ja',
      contactMethod: 'EMAIL',
      emailUndeliverable: false,
      ...requester,
    },
  }) as TicketRecord;

const options = { publicUrl: 'https://help.library.example/', replyTo: 'help@library.example' };

describe('the receipt mail', () => {
  it('carries the number and the link in the requester’s language, on one subject line, answerable into the ticket', () => {
    const mail = receiptMail(ticket({}), { department }, TOKEN, options)!;
    expect(mail).toMatchObject({
      mailId: receiptMailId('ticket-1'),
      to: 'yui@example.jp',
      replyTo: 'help@library.example',
      purpose: { kind: 'ticket-receipt', id: 'ticket-1', departmentId: 'support' },
    });
    expect(mail.subject).toBe('[#1043] お問い合わせを受け付けました：Error 1603 Bcc: everyone@example.org');
    expect(mail.text).toContain('サポートへのお問い合わせありがとうございます。受付番号は1043です。');
    expect(mail.text).toContain(`https://help.library.example/tickets/t/${TOKEN}`);
  });

  it('greets in Vietnamese and English too, and sends nothing to a requester who chose phone or no contact', () => {
    expect(receiptMail(ticket({ language: 'vi' }), { department }, TOKEN, options)!.text).toContain(
      'cảm ơn bạn đã viết cho Hỗ trợ',
    );
    expect(receiptMail(ticket({ language: 'en' }), { department }, TOKEN, options)!.text).toMatch(/^Dear Yui Sato,/);
    expect(
      receiptMail(ticket({ contactMethod: 'PHONE', phone: '+98211234' }), { department }, TOKEN, options),
    ).toBeNull();
    expect(receiptMail(ticket({ contactMethod: 'NONE' }), { department }, TOKEN, options)).toBeNull();
  });
});
