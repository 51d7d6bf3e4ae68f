import { describe, expect, it } from 'vitest';
import type { AccountRecord } from '@deskstream/accounts-read-models';
import { MemoryKeyStore, PersonalDataVault } from '@deskstream/personal-data';
import { deliveryOf, noticesOf } from './notices';
import { noticeMethod } from './pick-up-notice';
import type { MailStatus } from './ports';

const mail = (id: string, state: string, queuedAt: string, extra: Partial<MailStatus> = {}): MailStatus => ({
  id,
  subject: `Mail ${id}`,
  purposeKind: 'offline-question',
  state,
  queuedAt,
  sentAt: state === 'SENT' ? queuedAt : null,
  lastError: state === 'FAILED' ? '550 rejected' : null,
  ...extra,
});

describe('notices', () => {
  it('reads the outbox’s states as delivered, bounced or queued', () => {
    expect(deliveryOf(mail('a', 'SENT', 'x'))).toBe('DELIVERED');
    expect(deliveryOf(mail('a', 'FAILED', 'x'))).toBe('BOUNCED');
    for (const state of ['QUEUED', 'SENDING', 'RETRYING']) expect(deliveryOf(mail('a', state, 'x'))).toBe('QUEUED');
    expect(deliveryOf(undefined)).toBe('QUEUED');
  });

  it('lists pick-up notices by their method and every other mail to the address, newest first; problems for staff only', async () => {
    const vault = await PersonalDataVault.open(new MemoryKeyStore());
    await vault.ensureKey('a1');
    const reservation = (id: string, method: 'EMAIL' | 'PHONE' | 'NONE', readyAt: string) => ({
      id,
      accountId: 'a1',
      itemId: id,
      itemKind: 'BOOK' as const,
      title: vault.seal('a1', `Title ${id}`),
      status: 'READY' as const,
      pickUpBranchId: 'central',
      contactMethod: method,
      source: 'PATRON' as const,
      placedAt: readyAt,
      readyAt,
      holdUntil: readyAt,
      notice: { noticeId: `n-${id}`, method, mailId: method === 'EMAIL' ? `m-${id}` : null },
      closedAt: null,
      loanId: null,
    });
    const account = {
      reservations: new Map([
        ['r1', reservation('r1', 'EMAIL', '2026-12-03T00:00:00.000Z')],
        ['r2', reservation('r2', 'PHONE', '2026-12-02T00:00:00.000Z')],
        ['r3', reservation('r3', 'NONE', '2026-12-01T00:00:00.000Z')],
      ]),
      resets: new Map(),
    } as unknown as AccountRecord;
    const mails = new Map([
      ['m-r1', mail('m-r1', 'FAILED', '2026-12-03T00:00:00.000Z', { purposeKind: 'reservation-ready' })],
      ['other', mail('other', 'SENT', '2026-12-04T00:00:00.000Z')],
    ]);
    const port = { mail: (id: string) => mails.get(id), mailsTo: () => [...mails.values()] };
    const forStaff = noticesOf(account, 'p@example.org', vault, port, true);
    expect(forStaff.map((n) => [n.id, n.kind, n.method, n.delivery, n.problem])).toEqual([
      ['other', 'offline-question', 'EMAIL', 'DELIVERED', null],
      ['n-r1', 'RESERVATION_READY', 'EMAIL', 'BOUNCED', '550 rejected'],
      ['n-r2', 'RESERVATION_READY', 'PHONE', 'TO_BE_PHONED', null],
      ['n-r3', 'RESERVATION_READY', 'NONE', 'NOT_SENT', null],
    ]);
    expect(noticesOf(account, 'p@example.org', vault, port, false).every((n) => n.problem === null)).toBe(true);
  });

  it('falls back to the phone, then to none, when the chosen method cannot reach the holder', () => {
    const person = (email: string | null, phone: string | null) => ({
      erased: false,
      name: null,
      cardNumber: null,
      email,
      phone,
    });
    expect(noticeMethod('EMAIL', person('a@b.org', null), true)).toBe('EMAIL');
    expect(noticeMethod('EMAIL', person(null, '0925550134'), true)).toBe('PHONE');
    expect(noticeMethod('EMAIL', person('a@b.org', null), false)).toBe('NONE');
    expect(noticeMethod('PHONE', person('a@b.org', null), true)).toBe('NONE');
    expect(noticeMethod('NONE', person('a@b.org', '1'), true)).toBe('NONE');
  });
});
