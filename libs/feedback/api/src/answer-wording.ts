/**
 * An answer as its reporter reads it, in their language (fa, en, ja, vi): what the team decided,
 * the team's note, and a quote of what they told us. Persian with Persian digits.
 */
import type { FeedbackAnswerStatus, FeedbackDeliveryOccasion, FeedbackLanguage } from '@deskstream/feedback-domain';

type Wording = {
  subject: string;
  hello: (name: string | null) => string;
  status: Record<FeedbackAnswerStatus | 'FIX_RELEASED', string>;
  reason: string;
  note: string;
  quote: string;
  signature: string;
};

const WORDING: Record<FeedbackLanguage, Wording> = {
  en: {
    subject: 'About your feedback',
    hello: (name) => (name ? `Hello ${name},` : 'Hello,'),
    status: {
      ACKNOWLEDGED: 'The product team has received your report and is looking into it.',
      PLANNED: 'The product team plans to address it in version {version}.',
      FIXED: 'It has been fixed in version {version}.',
      WONT_FIX: 'The product team has decided not to change this.',
      NEEDS_INFO: 'The product team needs more information: please reply with the details.',
      FIX_RELEASED: 'Version {version}, which fixes it, is now available.',
    },
    reason: 'Their reason:',
    note: 'From the product team:',
    quote: 'You told us:',
    signature: '— Support',
  },
  fa: {
    subject: 'دربارهٔ بازخورد شما',
    hello: (name) => (name ? `${name} گرامی، سلام.` : 'سلام،'),
    status: {
      ACKNOWLEDGED: 'تیم محصول گزارش شما را دریافت کرده و در حال بررسی آن است.',
      PLANNED: 'تیم محصول رسیدگی به آن را برای نسخهٔ {version} برنامه‌ریزی کرده است.',
      FIXED: 'این مشکل در نسخهٔ {version} برطرف شده است.',
      WONT_FIX: 'تیم محصول تصمیم گرفته است این مورد را تغییر ندهد.',
      NEEDS_INFO: 'تیم محصول به اطلاعات بیشتری نیاز دارد؛ لطفاً جزئیات را برای ما بفرستید.',
      FIX_RELEASED: 'نسخهٔ {version} که این مشکل را برطرف می‌کند، اکنون در دسترس است.',
    },
    reason: 'دلیل:',
    note: 'از طرف تیم محصول:',
    quote: 'پیام شما:',
    signature: '— پشتیبانی',
  },
  ja: {
    subject: 'ご意見について',
    hello: (name) => (name ? `${name} 様` : 'お客様'),
    status: {
      ACKNOWLEDGED: '製品チームがご報告を受け取り、確認しています。',
      PLANNED: '製品チームはバージョン{version}で対応する予定です。',
      FIXED: 'バージョン{version}で修正されました。',
      WONT_FIX: '製品チームはこの点を変更しないことにしました。',
      NEEDS_INFO: '製品チームは詳しい情報を必要としています。詳細をご返信ください。',
      FIX_RELEASED: '修正を含むバージョン{version}が公開されました。',
    },
    reason: '理由：',
    note: '製品チームより：',
    quote: 'いただいたご意見：',
    signature: '— サポート',
  },
  vi: {
    subject: 'Về phản hồi của bạn',
    hello: (name) => (name ? `Xin chào ${name},` : 'Xin chào,'),
    status: {
      ACKNOWLEDGED: 'Nhóm sản phẩm đã nhận được phản hồi của bạn và đang xem xét.',
      PLANNED: 'Nhóm sản phẩm dự định xử lý trong phiên bản {version}.',
      FIXED: 'Vấn đề đã được khắc phục trong phiên bản {version}.',
      WONT_FIX: 'Nhóm sản phẩm quyết định không thay đổi điều này.',
      NEEDS_INFO: 'Nhóm sản phẩm cần thêm thông tin: vui lòng trả lời kèm chi tiết.',
      FIX_RELEASED: 'Phiên bản {version} có bản sửa lỗi này hiện đã phát hành.',
    },
    reason: 'Lý do:',
    note: 'Từ nhóm sản phẩm:',
    quote: 'Bạn đã cho chúng tôi biết:',
    signature: '— Bộ phận hỗ trợ',
  },
};

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** Western digits as Persian ones, and the decimal point as the Persian separator (2.1 → ۲٫۱). */
export const persianDigits = (text: string): string =>
  text.replace(/(\d)\.(?=\d)/g, '$1٫').replace(/\d/g, (digit) => PERSIAN_DIGITS[Number(digit)]!);

export interface AnswerToWord {
  status: FeedbackAnswerStatus;
  occasion: FeedbackDeliveryOccasion;
  version: string | null;
  reason: string | null;
  note: string | null;
}

export interface WordedAnswer {
  subject: string;
  text: string;
}

export function wordAnswer(
  answer: AnswerToWord,
  language: FeedbackLanguage,
  reporter: { name: string | null; said: string },
): WordedAnswer {
  const wording = WORDING[language];
  const version = answer.version ? (language === 'fa' ? persianDigits(answer.version) : answer.version) : '';
  const statusKey = answer.occasion === 'FIX_RELEASED' ? 'FIX_RELEASED' : answer.status;
  const lines = [wording.hello(reporter.name), '', wording.status[statusKey].replace('{version}', version)];
  if (answer.occasion === 'ANSWER' && answer.reason) lines.push(`${wording.reason} ${answer.reason}`);
  if (answer.occasion === 'ANSWER' && answer.note) lines.push('', wording.note, answer.note);
  const quoted = reporter.said
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  lines.push('', wording.quote, quoted, '', wording.signature);
  return { subject: wording.subject, text: `${lines.join('\n')}\n` };
}
