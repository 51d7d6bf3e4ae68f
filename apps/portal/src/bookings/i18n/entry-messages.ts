import type { MessageShape } from '@deskstream/ui';

/**
 * Book a Librarian's few texts the portal needs before a booking page is opened (the home page's
 * card, the pages' titles in the tab); the rest comes with the pages (`bookings.*`).
 */
export const bookingEntryEn = {
  title: 'Book a librarian',
  manageTitle: 'Your booking',
  homeBody:
    'A one-on-one session with a librarian by phone, video call or in person: email, e-books, the catalogue, research, genealogy, small-business plans and more.',
  homeLink: 'Book a session',
};

export const bookingEntryFa: MessageShape<typeof bookingEntryEn> = {
  title: 'وقت مشاوره با کتابدار',
  manageTitle: 'رزرو شما',
  homeBody:
    'جلسه‌ای تک‌نفره با کتابدار، تلفنی، با تماس تصویری یا حضوری: ایمیل، کتاب الکترونیکی، فهرست کتابخانه، پژوهش، شجره‌نامه، طرح کسب‌وکار کوچک و بیشتر.',
  homeLink: 'رزرو جلسه',
};

export const bookingEntryJa: MessageShape<typeof bookingEntryEn> = {
  title: '司書を予約',
  manageTitle: 'ご予約',
  homeBody:
    '電話・ビデオ通話・来館で司書と1対1で相談できます。メール、電子書籍、蔵書検索、調べもの、家系調査、小規模事業の計画など。',
  homeLink: 'セッションを予約',
};

export const bookingEntryVi: MessageShape<typeof bookingEntryEn> = {
  title: 'Đặt lịch với thủ thư',
  manageTitle: 'Lịch hẹn của bạn',
  homeBody:
    'Buổi làm việc riêng với thủ thư qua điện thoại, cuộc gọi video hoặc trực tiếp: email, sách điện tử, danh mục thư viện, nghiên cứu, phả hệ, kế hoạch kinh doanh nhỏ và hơn thế nữa.',
  homeLink: 'Đặt buổi hẹn',
};
