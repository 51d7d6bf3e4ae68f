/**
 * The words of Book a Librarian's mails in the patron's language (fa, en, ja, vi): greetings as
 * each language makes them (Persian with «،»), what happened, the session's particulars, why it
 * went to another branch in plain words, and the link to change it. Dates and times are written
 * by `Intl` in that language: Jalali dates and Persian digits in fa.
 */
import type { Locale, RoutingReason } from '@deskstream/bookings-domain';

export type MailKind = 'BOOKED' | 'MOVED' | 'REMINDER' | 'CANCELLED';

interface Wording {
  intlLocale: string;
  subject: (kind: MailKind, when: string) => string;
  greeting: (name: string | null) => string;
  intro: (kind: MailKind) => string;
  topic: string;
  when: string;
  whereTimeZone: (zone: string) => string;
  librarian: string;
  phone: (phone: string | null) => string;
  video: (link: string | null) => string;
  inPerson: (branch: string, address: string) => string;
  routed: (reason: RoutingReason, preferred: string, branch: string) => string;
  change: (until: string) => string;
  earlierLink: (until: string) => string;
  signature: string;
}

const ROUTED_EN: Record<RoutingReason, (preferred: string) => string> = {
  NO_EXPERT_AT_BRANCH: (preferred) => `Nobody at ${preferred} helps with this topic,`,
  EXPERTS_BUSY: (preferred) => `The librarians at ${preferred} were busy at that time,`,
  MODE_NOT_AT_BRANCH: (preferred) => `${preferred} does not offer this kind of session,`,
};
const ROUTED_FA: Record<RoutingReason, (preferred: string) => string> = {
  NO_EXPERT_AT_BRANCH: (preferred) => `در ${preferred} کسی در این زمینه راهنمایی نمی‌کند؛`,
  EXPERTS_BUSY: (preferred) => `کتابداران ${preferred} در آن زمان وقت آزاد نداشتند؛`,
  MODE_NOT_AT_BRANCH: (preferred) => `${preferred} این نوع جلسه را ندارد؛`,
};
const ROUTED_JA: Record<RoutingReason, (preferred: string) => string> = {
  NO_EXPERT_AT_BRANCH: (preferred) => `${preferred}にはこのテーマを担当する職員がいないため、`,
  EXPERTS_BUSY: (preferred) => `その時間は${preferred}の職員の予定が埋まっていたため、`,
  MODE_NOT_AT_BRANCH: (preferred) => `${preferred}ではこの形式のセッションを行っていないため、`,
};
const ROUTED_VI: Record<RoutingReason, (preferred: string) => string> = {
  NO_EXPERT_AT_BRANCH: (preferred) => `Tại ${preferred} không có ai hỗ trợ chủ đề này,`,
  EXPERTS_BUSY: (preferred) => `Các thủ thư tại ${preferred} đã kín lịch vào giờ đó,`,
  MODE_NOT_AT_BRANCH: (preferred) => `${preferred} không có hình thức buổi hẹn này,`,
};

export const MAIL_WORDING: Record<Locale, Wording> = {
  en: {
    intlLocale: 'en-US',
    subject: (kind, when) =>
      kind === 'REMINDER'
        ? `Reminder: your library session on ${when}`
        : kind === 'CANCELLED'
          ? `Cancelled: your library session on ${when}`
          : `Your library session: ${when}`,
    greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
    intro: (kind) =>
      ({
        BOOKED: 'Your one-on-one session with a librarian is booked.',
        MOVED: 'Your one-on-one session with a librarian has a new time.',
        REMINDER: 'A reminder of your one-on-one session with a librarian.',
        CANCELLED: 'Your one-on-one session with a librarian is cancelled. You are welcome to book another.',
      })[kind],
    topic: 'Topic',
    when: 'When',
    whereTimeZone: (zone) => `(${zone} time)`,
    librarian: 'Librarian',
    phone: (phone) => (phone ? `By phone: the librarian will call you at ${phone}.` : 'By phone.'),
    video: (link) => (link ? `By video call: ${link}` : 'By video call: the link will follow before the session.'),
    inPerson: (branch, address) => `In person at ${branch}${address ? `, ${address}` : ''}.`,
    routed: (reason, preferred, branch) => `${ROUTED_EN[reason](preferred)} so a librarian at ${branch} will help you.`,
    change: (until) => `To reschedule or cancel (until ${until}):`,
    earlierLink: (until) => `To reschedule or cancel (until ${until}), use the link in your first confirmation mail.`,
    signature: 'Book a Librarian',
  },
  fa: {
    intlLocale: 'fa-IR',
    subject: (kind, when) =>
      kind === 'REMINDER'
        ? `یادآوری: جلسهٔ شما با کتابخانه، ${when}`
        : kind === 'CANCELLED'
          ? `لغو شد: جلسهٔ شما با کتابخانه، ${when}`
          : `جلسهٔ شما با کتابخانه: ${when}`,
    greeting: (name) => (name ? `${name} گرامی،` : 'سلام،'),
    intro: (kind) =>
      ({
        BOOKED: 'جلسهٔ یک‌به‌یک شما با کتابدار رزرو شد.',
        MOVED: 'زمان جلسهٔ یک‌به‌یک شما با کتابدار تغییر کرد.',
        REMINDER: 'یادآوری جلسهٔ یک‌به‌یک شما با کتابدار.',
        CANCELLED: 'جلسهٔ یک‌به‌یک شما با کتابدار لغو شد. می‌توانید جلسهٔ دیگری رزرو کنید.',
      })[kind],
    topic: 'موضوع',
    when: 'زمان',
    whereTimeZone: (zone) => `(به وقت ${zone})`,
    librarian: 'کتابدار',
    phone: (phone) => (phone ? `تلفنی: کتابدار با شمارهٔ ${phone} با شما تماس می‌گیرد.` : 'تلفنی.'),
    video: (link) => (link ? `تماس تصویری: ${link}` : 'تماس تصویری: پیوند آن پیش از جلسه فرستاده می‌شود.'),
    inPerson: (branch, address) => `حضوری در ${branch}${address ? `، ${address}` : ''}.`,
    routed: (reason, preferred, branch) =>
      `${ROUTED_FA[reason](preferred)} از این رو کتابداری در ${branch} به شما کمک می‌کند.`,
    change: (until) => `برای تغییر زمان یا لغو (تا ${until}):`,
    earlierLink: (until) => `برای تغییر زمان یا لغو (تا ${until}) از پیوندِ نخستین نامهٔ تأیید استفاده کنید.`,
    signature: 'رزرو وقت کتابدار',
  },
  ja: {
    intlLocale: 'ja-JP',
    subject: (kind, when) =>
      kind === 'REMINDER'
        ? `リマインダー: ${when} の図書館のご予約`
        : kind === 'CANCELLED'
          ? `キャンセル: ${when} の図書館のご予約`
          : `図書館のご予約: ${when}`,
    greeting: (name) => (name ? `${name} 様` : 'こんにちは。'),
    intro: (kind) =>
      ({
        BOOKED: '司書との個別相談のご予約を承りました。',
        MOVED: '司書との個別相談の日時が変更されました。',
        REMINDER: '司書との個別相談のご予約についてのお知らせです。',
        CANCELLED: '司書との個別相談のご予約はキャンセルされました。改めてご予約いただけます。',
      })[kind],
    topic: 'テーマ',
    when: '日時',
    whereTimeZone: (zone) => `(${zone} の時刻)`,
    librarian: '担当司書',
    phone: (phone) => (phone ? `電話: 司書から ${phone} にお電話します。` : '電話'),
    video: (link) => (link ? `ビデオ通話: ${link}` : 'ビデオ通話: リンクは相談の前にお送りします。'),
    inPerson: (branch, address) => `来館: ${branch}${address ? `(${address})` : ''}`,
    routed: (reason, preferred, branch) => `${ROUTED_JA[reason](preferred)}${branch}の司書が担当します。`,
    change: (until) => `日時の変更・キャンセル(${until} まで):`,
    earlierLink: (until) => `日時の変更・キャンセル(${until} まで)は、最初の確認メールのリンクからどうぞ。`,
    signature: '司書相談予約',
  },
  vi: {
    intlLocale: 'vi-VN',
    subject: (kind, when) =>
      kind === 'REMINDER'
        ? `Nhắc lịch: buổi hẹn với thư viện lúc ${when}`
        : kind === 'CANCELLED'
          ? `Đã hủy: buổi hẹn với thư viện lúc ${when}`
          : `Buổi hẹn với thư viện: ${when}`,
    greeting: (name) => (name ? `Kính gửi ${name},` : 'Xin chào,'),
    intro: (kind) =>
      ({
        BOOKED: 'Buổi hẹn riêng với thủ thư của bạn đã được đặt.',
        MOVED: 'Buổi hẹn riêng với thủ thư của bạn đã đổi sang giờ mới.',
        REMINDER: 'Nhắc bạn về buổi hẹn riêng với thủ thư.',
        CANCELLED: 'Buổi hẹn riêng với thủ thư của bạn đã bị hủy. Bạn có thể đặt một buổi khác.',
      })[kind],
    topic: 'Chủ đề',
    when: 'Thời gian',
    whereTimeZone: (zone) => `(giờ ${zone})`,
    librarian: 'Thủ thư',
    phone: (phone) => (phone ? `Qua điện thoại: thủ thư sẽ gọi cho bạn theo số ${phone}.` : 'Qua điện thoại.'),
    video: (link) => (link ? `Gọi video: ${link}` : 'Gọi video: đường dẫn sẽ được gửi trước buổi hẹn.'),
    inPerson: (branch, address) => `Gặp trực tiếp tại ${branch}${address ? `, ${address}` : ''}.`,
    routed: (reason, preferred, branch) => `${ROUTED_VI[reason](preferred)} nên một thủ thư tại ${branch} sẽ giúp bạn.`,
    change: (until) => `Để đổi giờ hoặc hủy (trước ${until}):`,
    earlierLink: (until) => `Để đổi giờ hoặc hủy (trước ${until}), hãy dùng đường dẫn trong thư xác nhận đầu tiên.`,
    signature: 'Đặt lịch gặp thủ thư',
  },
};

/** A date and time in the mail's language and a time zone (Jalali with Persian digits in fa). */
export function formatWhen(locale: Locale, ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(MAIL_WORDING[locale].intlLocale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(ms);
}
