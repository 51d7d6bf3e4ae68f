import type { MessageShape } from '@deskstream/ui';
import type { outboxEn } from './en';

export const outboxFa: MessageShape<typeof outboxEn> = {
  nav: 'صندوق ارسال',
  title: 'صندوق ارسال',
  intro:
    'همهٔ ایمیل‌هایی که میز می‌فرستد و اینکه فرستاده شده‌اند یا نه. سرویس‌های ایمیل رایگان گاهی نامه را بی‌صدا دور می‌اندازند؛ اینجا می‌بینید چه چیزی به کارساز ایمیل رسیده است.',
  filter: 'نمایش',
  allStates: 'همهٔ ایمیل‌ها',
  refresh: 'تازه‌سازی',
  refreshedAt: 'به‌روز در {time}؛ هر تغییر همان دم دیده می‌شود.',
  empty: 'ایمیلی اینجا نیست.',
  attempts: '{attempts} از {max}',
  queuedAt: 'در صف از {time}',
  sentAt: 'فرستاده‌شده در {time}',
  nextAttemptAt: 'تلاش بعدی {time}',
  columns: {
    state: 'وضعیت',
    to: 'گیرنده',
    subject: 'موضوع',
    attempts: 'تلاش‌ها',
    when: 'زمان',
    transport: 'راه ارسال',
  },
  state: {
    QUEUED: 'در صف',
    SENDING: 'در حال ارسال',
    RETRYING: 'تلاش دوباره',
    SENT: 'فرستاده شد',
    FAILED: 'ناموفق',
  },
  transport: {
    SMTP: 'کارساز ایمیل (SMTP)',
    LOCAL_FILE: 'پروندهٔ محلی (کارساز ایمیل تنظیم نشده)',
  },
  purpose: {
    offlineQuestion: 'پاسخ به پرسش آفلاین',
  },
};
