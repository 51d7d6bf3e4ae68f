/** The survey invitation mail, worded in the customer's language (fa, en, ja, vi). */
import type { FeedbackLanguage, FeedbackLocalizedText, SurveyKind } from '@deskstream/feedback-domain';
import type { FeedbackMail } from '../ports';

/** The outbox mail's `purpose.kind`: it names no department, so supervisors and admins see it. */
export const SURVEY_MAIL = 'feedback-survey-invitation';

const WORDING: Record<FeedbackLanguage, { satisfaction: string; product: string; body: string; thanks: string }> = {
  fa: {
    satisfaction: 'نظر شما دربارهٔ پاسخی که گرفتید',
    product: 'نظرسنجی دربارهٔ محصول',
    body: 'لطفاً با یک کلیک به این پرسش پاسخ دهید (کمتر از یک دقیقه):',
    thanks: 'سپاس از وقتی که می‌گذارید.',
  },
  en: {
    satisfaction: 'How did we do?',
    product: 'A short survey about your product',
    body: 'Please answer this question with one click (it takes less than a minute):',
    thanks: 'Thank you for your time.',
  },
  ja: {
    satisfaction: 'サポートはいかがでしたか？',
    product: '製品についての簡単なアンケート',
    body: 'ワンクリックでご回答ください（1分もかかりません）：',
    thanks: 'ご協力ありがとうございます。',
  },
  vi: {
    satisfaction: 'Chúng tôi hỗ trợ bạn thế nào?',
    product: 'Khảo sát ngắn về sản phẩm',
    body: 'Vui lòng trả lời câu hỏi này chỉ với một cú nhấp (chưa tới một phút):',
    thanks: 'Cảm ơn bạn đã dành thời gian.',
  },
};

export function surveyMail(options: {
  mailId: string;
  to: string;
  language: FeedbackLanguage;
  kind: SurveyKind;
  question: FeedbackLocalizedText;
  link: string;
  surveyId: string;
}): FeedbackMail {
  const words = WORDING[options.language];
  return {
    mailId: options.mailId,
    to: options.to,
    subject: options.kind === 'SATISFACTION' ? words.satisfaction : words.product,
    text: `${options.question[options.language]}\n\n${words.body}\n${options.link}\n\n${words.thanks}\n`,
    purpose: { kind: SURVEY_MAIL, id: options.surveyId },
  };
}
