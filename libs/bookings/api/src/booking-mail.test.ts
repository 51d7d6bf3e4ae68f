import { applyBookingsEvent, BookingsReadModel } from '@deskstream/bookings-read-models';
import type { Locale } from '@deskstream/bookings-domain';
import { describe, expect, it } from 'vitest';
import { sessionMail } from './booking-mail';

const by = { kind: 'staff' as const, id: 'a', name: 'Admin' };
const at = '2026-03-01T00:00:00.000Z';

function readModelWith(locale: Locale, mode: 'PHONE' | 'VIDEO' | 'IN_PERSON') {
  const readModel = new BookingsReadModel();
  const name = (en: string, fa: string) => ({ en, fa, ja: `${en}館`, vi: `Chi nhánh ${en}` });
  applyBookingsEvent(readModel, {
    type: 'BookingBranchOpened',
    data: {
      branchId: 'central',
      name: name('Central', 'مرکزی'),
      timeZone: 'Asia/Tehran',
      modes: ['PHONE'],
      address: '',
      at,
      by,
    },
  });
  applyBookingsEvent(readModel, {
    type: 'BookingBranchOpened',
    data: {
      branchId: 'lakewood',
      name: name('Lakewood', 'لیک‌وود'),
      timeZone: 'America/Los_Angeles',
      modes: ['PHONE', 'VIDEO'],
      address: '',
      at,
      by,
    },
  });
  applyBookingsEvent(readModel, {
    type: 'BookingTopicDefined',
    data: { topicId: 'genealogy', name: name('Genealogy', 'تبارشناسی'), at, by },
  });
  applyBookingsEvent(readModel, {
    type: 'SessionBooked',
    data: {
      bookingId: 'b1',
      sequence: 2,
      expertId: 'e1',
      expertName: 'Minh',
      branchId: 'lakewood',
      preferredBranchId: 'central',
      topicId: 'genealogy',
      mode,
      startsAt: '2026-03-09T16:00:00.000Z',
      endsAt: '2026-03-09T17:00:00.000Z',
      timeZone: 'America/Los_Angeles',
      day: '2026-03-09',
      terms: { paddingMinutes: 15, cancellationCutoffMinutes: 240, reminderLeadMinutes: 1440 },
      patron: { name: 'Ana', email: 'ana@example.org', phone: '+14255550100', locale, timeZone: 'Asia/Tehran' },
      details: 'My family',
      linkTokenHash: 'h',
      requestId: null,
      videoLink: null,
      at,
      by: { kind: 'patron' },
    },
  });
  applyBookingsEvent(readModel, {
    type: 'SessionRoutedToAnotherBranch',
    data: {
      bookingId: 'b1',
      sequence: 2,
      preferredBranchId: 'central',
      branchId: 'lakewood',
      reason: 'NO_EXPERT_AT_BRANCH',
    },
  });
  return readModel;
}

describe('the patron’s mails', () => {
  it.each([
    ['en', 'Monday, March 9, 2026', 'Nobody at Central helps with this topic'],
    ['fa', '۱۴۰۴', 'در مرکزی کسی در این زمینه راهنمایی نمی‌کند'],
    ['ja', '2026年3月9日', 'Central館にはこのテーマを担当する職員がいないため'],
    ['vi', '2026', 'Tại Chi nhánh Central không có ai hỗ trợ chủ đề này'],
  ] as const)(
    'are in the patron’s language (%s), in their zone, and say in plain words why another branch',
    (locale, date, routed) => {
      const readModel = readModelWith(locale, 'PHONE');
      const mail = sessionMail(readModel, readModel.board.sessions.get('b1')!, 'BOOKED', 'token-xyz-1234567890123', {
        publicOrigin: 'https://library.example.org',
      })!;
      expect(mail.subject).toContain(date);
      expect(mail.text).toContain(routed);
      expect(mail.text).toContain('https://library.example.org/book/manage#token-xyz-1234567890123');
      expect(mail.text).toContain('+14255550100');
    },
  );

  it('carry the session as an .ics whose SEQUENCE is its moves; a reminder points to the first mail’s link', () => {
    const readModel = readModelWith('en', 'VIDEO');
    const session = readModel.board.sessions.get('b1')!;
    const reminder = sessionMail(readModel, session, 'REMINDER', null, {})!;
    expect(reminder.subject).toMatch(/^Reminder:/);
    expect(reminder.text).toContain('use the link in your first confirmation mail');
    const ics = reminder.attachments[0]!.content;
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('DTSTART:20260309T160000Z');
    expect(ics).toContain('UID:b1@bookings.deskstream');
  });

  it('are not made without an email address', () => {
    const readModel = readModelWith('en', 'PHONE');
    const session = {
      ...readModel.board.sessions.get('b1')!,
      patron: { ...readModel.board.sessions.get('b1')!.patron, email: null },
    };
    expect(sessionMail(readModel, session, 'BOOKED', null, {})).toBeUndefined();
  });

  it('tell of a cancellation with a CANCEL of the same event, one sequence later', () => {
    const readModel = readModelWith('vi', 'PHONE');
    const mail = sessionMail(readModel, readModel.board.sessions.get('b1')!, 'CANCELLED', null, {})!;
    expect(mail.subject).toMatch(/^Đã hủy:/);
    expect(mail.text).not.toContain('/book/manage#');
    expect(mail.attachments[0]!.contentType).toBe('text/calendar; method=CANCEL');
    expect(mail.attachments[0]!.content).toContain('METHOD:CANCEL');
    expect(mail.attachments[0]!.content).toContain('STATUS:CANCELLED');
    expect(mail.attachments[0]!.content).toContain('SEQUENCE:3');
  });
});
