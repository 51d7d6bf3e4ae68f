import type { ticketErrorsEn } from './errors-en';

export const ticketErrorsFa: typeof ticketErrorsEn = {
  TICKET_NOT_FOUND: 'آن درخواست دیگر نیست.',
  TICKET_MERGE_INTO_ITSELF: 'درخواست را نمی‌شود در خودش ادغام کرد.',
  TICKET_LINK_TO_ITSELF: 'درخواست را نمی‌شود به خودش پیوند داد.',
  TICKET_SUBJECT_INVALID: 'موضوع خالی یا بیش از اندازه بلند است.',
  TICKET_TEXT_INVALID: 'پاسخ خالی یا بیش از اندازه بلند است.',
  TICKET_NOTE_INVALID: 'یادداشت خالی یا بیش از اندازه بلند است.',
  TICKET_ATTACHMENT_NOT_FOUND: 'پرونده‌ای پیوست پیدا نشد؛ دوباره پیوست کنید.',
  TICKET_BULK_TOO_LARGE: 'درخواست‌ها در یک بار بسیارند؛ کمتر انتخاب کنید.',
  TICKET_QUERY_TOO_LONG: 'جست‌وجو بیش از اندازه بلند است.',
  TICKET_VIEW_LIMIT: 'بیش از ۵۰ نمای ذخیره‌شده نمی‌شود.',
};
