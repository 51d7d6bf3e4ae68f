import type { MessageShape } from '@deskstream/ui';

/** The feedback report's entries in the console's navigation, with the console's own messages (`feedbackReportNav.*`). */
export const feedbackReportNavEn = {
  report: 'Feedback report',
  definitions: 'Report definitions',
};

export const feedbackReportNavFa: MessageShape<typeof feedbackReportNavEn> = {
  report: 'گزارش بازخورد',
  definitions: 'تعریف گزارش',
};

export const feedbackReportNavJa: MessageShape<typeof feedbackReportNavEn> = {
  report: 'フィードバック報告',
  definitions: '報告の定義',
};

export const feedbackReportNavVi: MessageShape<typeof feedbackReportNavEn> = {
  report: 'Báo cáo phản hồi',
  definitions: 'Định nghĩa báo cáo',
};
