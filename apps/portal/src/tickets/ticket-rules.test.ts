import { describe, expect, it } from 'vitest';
import { admitFiles, sizeOf } from './attachment-rules';
import { uploadFailureOf } from './attachment-upload';
import { missingFields, submitInput, type TicketDraft } from './ticket-draft';
import { isLinkToken, newLinkToken, ticketLinkPath } from './ticket-link';
import { laterView } from './ticket-views';
import { publicEntry, publicTicket } from './testing/ticket-fixtures';

const limits = { maxAttachments: 3, maxAttachmentBytes: 100 };

describe('the form’s rules before anything is sent', () => {
  it('admits files within the count and size, naming the ones left out', () => {
    const files = [
      { name: 'a', size: 10 },
      { name: 'empty', size: 0 },
      { name: 'huge', size: 101 },
      { name: 'b', size: 100 },
      { name: 'c', size: 1 },
    ];
    expect(admitFiles(1, files, limits)).toEqual({
      accepted: [files[0], files[3]],
      tooMany: ['c'],
      tooLarge: ['huge'],
      empty: ['empty'],
    });
  });

  it('writes sizes in the unit people read', () => {
    expect(sizeOf(512)).toEqual({ unit: 'bytes', value: 512 });
    expect(sizeOf(1536)).toEqual({ unit: 'kilobytes', value: 2 });
    expect(sizeOf(10 * 1024 * 1024)).toEqual({ unit: 'megabytes', value: 10 });
    expect(sizeOf(2.25 * 1024 * 1024)).toEqual({ unit: 'megabytes', value: 2.3 });
  });

  it('reads why an upload failed from its status and reason', () => {
    expect(uploadFailureOf(429, null)).toBe('RATE_LIMITED');
    expect(uploadFailureOf(413, {})).toBe('TOO_LARGE');
    expect(uploadFailureOf(400, { error: 'TOO_MANY_ATTACHMENTS', message: 'At most 10 files.' })).toBe('TOO_MANY');
    expect(uploadFailureOf(400, { error: 'ATTACHMENT_TOO_LARGE' })).toBe('TOO_LARGE');
    expect(uploadFailureOf(0, null)).toBe('NETWORK');
    expect(uploadFailureOf(500, 'oops')).toBe('FAILED');
  });

  it('sends trimmed text, null for empty optional parts, and only the chosen department’s filled fields', () => {
    const draft: TicketDraft = {
      departmentId: 'support',
      requesterType: 'publisher',
      product: ' Noor ',
      version: '',
      subject: 'x',
      text: ' y ',
      name: ' Sara ',
      email: '',
      phone: '+98 21 1234',
      contactMethod: 'PHONE',
      fields: { serial: ' ۱۲۳ ', other: 'left over', os: '' },
    };
    expect(missingFields(draft, [{ key: 'serial', required: true }], true)).toEqual([]);
    expect(missingFields({ ...draft, phone: ' ' }, [], false)).toEqual(['phone', 'uploads']);
    expect(submitInput(draft, [{ key: 'serial' }, { key: 'os' }], ['h1'], 'fa')).toEqual({
      departmentId: 'support',
      requesterType: 'publisher',
      subject: 'x',
      text: 'y',
      product: 'Noor',
      version: null,
      requester: { name: 'Sara', email: null, phone: '+98 21 1234', language: 'fa', contactMethod: 'PHONE' },
      fields: [{ key: 'serial', value: '۱۲۳' }],
      attachments: ['h1'],
    });
  });

  it('makes link tokens of 256 bits, and knows one when it sees one', () => {
    const token = newLinkToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newLinkToken()).not.toBe(token);
    expect(isLinkToken(token)).toBe(true);
    expect(isLinkToken('short')).toBe(false);
    expect(isLinkToken('../../etc/passwd-0123456789')).toBe(false);
    expect(ticketLinkPath(token)).toBe(`/tickets/t/${token}`);
  });

  it('keeps the later view of a ticket', () => {
    const before = publicTicket();
    const after = publicTicket({ entries: [...before.entries, publicEntry()], updatedAt: '2026-12-07T10:00:00.000Z' });
    expect(laterView(before, after)).toBe(after);
    expect(laterView(after, before)).toBe(after);
    const solved = publicTicket({ ...after, status: 'SOLVED', updatedAt: '2026-12-07T11:00:00.000Z' });
    expect(laterView(after, solved)).toBe(solved);
    expect(laterView(null, before)).toBe(before);
  });
});
