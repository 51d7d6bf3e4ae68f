/** The api's answers and a controllable uploader for the ticket stores' tests. */
import type { FakeResolver } from '@deskstream/ui/testing';
import { createPortalHarness } from '../../testing/portal-harness';
import { attachmentUploaderKey, type UploadOptions, type UploadResult } from '../attachment-upload';
import type { PublicEntry, PublicTicketView, TicketForm } from '../tickets-operations';

export const FORM: TicketForm = {
  departments: [
    {
      department: { id: 'support', name: { fa: 'پشتیبانی', en: 'Support', ja: 'サポート', vi: 'Hỗ trợ' } },
      fields: [
        {
          key: 'serial',
          label: { fa: 'شماره سریال', en: 'Serial number', ja: 'シリアル番号', vi: 'Số sê-ri' },
          kind: 'TEXT',
          options: [],
          required: true,
        },
        {
          key: 'os',
          label: { fa: 'سیستم عامل', en: 'Operating system', ja: 'OS', vi: 'Hệ điều hành' },
          kind: 'SELECT',
          options: ['Windows', 'macOS'],
          required: false,
        },
      ],
    },
    { department: { id: 'sales', name: { fa: 'فروش', en: 'Sales', ja: '営業', vi: 'Bán hàng' } }, fields: [] },
  ],
  requesterTypes: [
    { key: 'customer', name: { fa: 'مشتری', en: 'Customer', ja: '顧客', vi: 'Khách hàng' } },
    { key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'Nhà xuất bản' } },
  ],
  maxAttachments: 2,
  maxAttachmentBytes: 1000,
  maxTextCharacters: 50_000,
};

let entries = 0;
export function publicEntry(overrides: Partial<PublicEntry> = {}): PublicEntry {
  entries += 1;
  return {
    id: `entry-${entries}`,
    kind: 'MESSAGE',
    at: new Date(Date.UTC(2026, 11, 7, 9, 0, entries)).toISOString(),
    author: 'Sara Ahmadi',
    text: 'The installer stops with error 1603.',
    status: null,
    attachments: [],
    ...overrides,
  };
}

export function publicTicket(overrides: Partial<PublicTicketView> = {}): PublicTicketView {
  return {
    number: 42,
    subject: 'Error 1603',
    status: 'NEW',
    department: FORM.departments[0]!.department,
    openedAt: '2026-12-07T09:00:00.000Z',
    updatedAt: '2026-12-07T09:00:00.000Z',
    canReply: true,
    entries: [publicEntry({ id: 'first' })],
    ...overrides,
  };
}

/** Uploads that finish when the test says so. */
export function heldUploads() {
  const held: Array<{ file: File; options: UploadOptions; finish: (result: UploadResult) => void }> = [];
  const uploader = (file: File, options: UploadOptions = {}) =>
    new Promise<UploadResult>((finish) => held.push({ file, options, finish }));
  const stored = (index: number, hash: string) =>
    held[index]!.finish({
      ok: true,
      stored: { hash, filename: held[index]!.file.name, contentType: 'text/plain', size: held[index]!.file.size },
    });
  return { held, uploader, stored };
}

export const fileOf = (name: string, size: number) => new File(['x'.repeat(size)], name, { type: 'text/plain' });

/** Pinia, i18n and the fake api, with the given uploader, for stores used outside a component. */
export function ticketHarness(resolvers: Record<string, FakeResolver>, uploader = heldUploads().uploader) {
  const harness = createPortalHarness(resolvers);
  harness.app.provide(attachmentUploaderKey, uploader);
  return harness;
}
