import type { MessageShape } from '@deskstream/ui';

/** The bookings pages' entries in the console's navigation, with the console's own messages (`bookingsNav.*`). */
export const bookingsNavEn = {
  calendar: 'Sessions',
  requests: 'Booking requests',
};

export const bookingsNavFa: MessageShape<typeof bookingsNavEn> = {
  calendar: 'جلسه‌ها',
  requests: 'درخواست‌های رزرو',
};

export const bookingsNavJa: MessageShape<typeof bookingsNavEn> = {
  calendar: 'セッション',
  requests: '予約の申し込み',
};

export const bookingsNavVi: MessageShape<typeof bookingsNavEn> = {
  calendar: 'Buổi hẹn',
  requests: 'Yêu cầu đặt lịch',
};
