import { describe, expect, it } from 'vitest';
import {
  cleanSubject,
  messageIdsOf,
  normaliseAddress,
  normaliseMessageId,
  replySubject,
  subjectTicketNumber,
} from './mail-text';

describe('mail text', () => {
  it('keeps a subject on one line (header injection)', () => {
    expect(cleanSubject('Hello\r\nBcc: victim@example.org')).toBe('Hello Bcc: victim@example.org');
    expect(cleanSubject('\u0000  spaced\t out ')).toBe('spaced out');
    expect([...cleanSubject('x'.repeat(500))].length).toBe(200);
  });

  it('accepts plain addresses only', () => {
    expect(normaliseAddress(' Sara@Example.ORG ')).toBe('sara@example.org');
    expect(normaliseAddress('a@b@example.org')).toBeNull();
    expect(normaliseAddress('victim@example.org\r\nBcc: x@y.z')).toBeNull();
    expect(normaliseAddress('no-at-sign')).toBeNull();
    expect(normaliseAddress('<x@y.z>')).toBeNull();
  });

  it('reads Message-IDs bare and refuses unusable ones', () => {
    expect(normaliseMessageId('<abc.123@mail.example.org>')).toBe('abc.123@mail.example.org');
    expect(normaliseMessageId('<a b@x>')).toBeNull();
    expect(normaliseMessageId('<>')).toBeNull();
    expect(messageIdsOf('<a@x> <b@y>\r\n <a@x>')).toEqual(['a@x', 'b@y']);
    expect(messageIdsOf(['<a@x>', 'c@z'])).toEqual(['a@x', 'c@z']);
  });

  it('reads and writes ticket numbers in subjects', () => {
    expect(subjectTicketNumber('Re: [#1234] Order')).toBe(1234);
    expect(subjectTicketNumber('#1234 Order')).toBeNull();
    expect(subjectTicketNumber('[#0] x')).toBeNull();
    expect(replySubject(12, 'Re: RE: [#12] Order 7')).toBe('[#12] Order 7');
    expect(replySubject(12, 'سفارش من')).toBe('[#12] سفارش من');
  });
});

describe('the language to answer in', () => {
  it('takes a declared language the desk speaks, else reads the script', async () => {
    const { mailLanguage } = await import('./mail-language');
    expect(mailLanguage('ja-JP', 'hello')).toBe('ja');
    expect(mailLanguage('de', 'سلام، سفارش من نرسیده است')).toBe('fa');
    expect(mailLanguage(null, '注文した本がまだ届いていません')).toBe('ja');
    expect(mailLanguage(null, 'Tôi chưa nhận được sách đã đặt')).toBe('vi');
    expect(mailLanguage(null, 'My order has not arrived')).toBe('en');
  });
});
