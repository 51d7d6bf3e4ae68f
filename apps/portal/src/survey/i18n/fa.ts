import type { MessageShape } from '@deskstream/ui';
import type { surveyEn } from './en';

export const surveyFa: MessageShape<typeof surveyEn> = {
  heading: 'نظر شما',
  satisfactionIntro: 'به‌تازگی از پشتیبانی ما کمک گرفته‌اید. با یک کلیک بگویید چطور بود.',
  productIntro: 'پرسشی کوتاه از گروه سازندهٔ {product}.',
  ratingLegend: 'امتیاز شما',
  ratingLabels: { r1: 'خیلی ناراضی', r2: 'ناراضی', r3: 'بی‌نظر', r4: 'راضی', r5: 'خیلی راضی' },
  comment: 'چیزی می‌خواهید اضافه کنید؟ (اختیاری)',
  commentHint: 'چه چیزی خوب بود، چه چیزی نه، یا چه می‌خواهید. حداکثر {max} نویسه.',
  send: 'فرستادن پاسخ',
  sending: 'در حال فرستادن…',
  chooseRating: 'اول امتیازی انتخاب کنید.',
  thanks: 'سپاس! پاسخ شما ثبت شد.',
  yourRating: 'امتیاز شما: {n} از {max}',
  yourComment: 'نظر شما',
  loading: 'در حال بارگیری نظرسنجی…',
  notFoundTitle: 'نظرسنجی پیدا نشد',
  notFound: 'این پیوند نظرسنجی معتبر نیست. شاید اشتباه نوشته یا بریده شده باشد.',
  failed: 'نظرسنجی بارگیری نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
  retry: 'تلاش دوباره',
  errors: {
    FEEDBACK_SURVEY_ALREADY_ANSWERED: 'به این نظرسنجی پیش‌تر پاسخ داده شده است. سپاس!',
    FEEDBACK_SURVEY_NOT_FOUND: 'این پیوند نظرسنجی معتبر نیست.',
    FEEDBACK_SURVEY_RATE_LIMITED: 'تلاش‌ها بیش از اندازه بود؛ یک دقیقه صبر کنید و دوباره تلاش کنید.',
    FEEDBACK_SURVEY_COMMENT_TOO_LONG: 'نظر شما بیش از اندازه بلند است.',
  },
};
