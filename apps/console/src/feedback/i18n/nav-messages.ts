import type { MessageShape } from '@deskstream/ui';

/**
 * The feedback pages' entries in the console's navigation and the "mark as feedback" button shown
 * in the chat, tickets and calls pages, with the console's own messages (`feedbackNav.*`).
 */
export const feedbackNavEn = {
  queue: 'Feedback',
  inbox: 'Feedback inbox',
  teams: 'Product teams',
  mark: 'Mark as feedback',
};

export const feedbackNavFa: MessageShape<typeof feedbackNavEn> = {
  queue: 'بازخورد',
  inbox: 'صندوق بازخورد',
  teams: 'تیم‌های محصول',
  mark: 'ثبت به‌عنوان بازخورد',
};

export const feedbackNavJa: MessageShape<typeof feedbackNavEn> = {
  queue: 'フィードバック',
  inbox: 'フィードバック受信箱',
  teams: '製品チーム',
  mark: 'フィードバックとして記録',
};

export const feedbackNavVi: MessageShape<typeof feedbackNavEn> = {
  queue: 'Phản hồi',
  inbox: 'Hộp thư phản hồi',
  teams: 'Nhóm sản phẩm',
  mark: 'Đánh dấu là phản hồi',
};
