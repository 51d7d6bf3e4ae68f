import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { chatFa } from '../../chat/messages/fa';
import { bookingEntryFa } from '../../bookings/i18n/entry-messages';
import { ticketEntryFa } from '../../tickets/i18n/entry-messages';
import { accountEntryFa } from '../../account/i18n/entry-messages';

export const fa: MessageShape<typeof en> = {
  portal: {
    title: 'راهنمای دسک‌استریم',
    tagline: 'پاسخ‌ها، پرسش‌ها و کمک زنده در یک جا.',
    homeLink: 'خانه',
    footer: 'دسک‌استریم · {year}',
  },
  home: {
    title: 'چطور می‌توانیم کمک کنیم؟',
    intro: 'خودتان پاسخ را پیدا کنید، پرسشتان را بفرستید یا همین حالا با یک نفر گفت‌وگو کنید.',
    knowledgeBase: {
      title: 'پایگاه دانش',
      body: 'پاسخ مشکلات رایج و کدهای خطا، مانند خطای ۱۶۰۳ هنگام نصب. به هر زبانی و با رقم‌های فارسی یا لاتین جست‌وجو کنید.',
      searchLabel: 'جست‌وجو در پایگاه دانش',
      searchPlaceholder: 'یک کد خطا یا چند واژه، مثلاً ۱۶۰۳',
      searchButton: 'جست‌وجو',
    },
    ask: {
      title: 'پرسش بفرستید',
      body: 'پرسش خود را بنویسید؛ همکاران ما پاسخ می‌دهند، اگر نشانی ایمیلتان را بگذارید با ایمیل. هیچ پرسشی گم نمی‌شود.',
      link: 'فرستادن پرسش',
    },
    chat: {
      title: 'گفت‌وگوی زنده',
      body: 'با کتابدار یا کارشناس پشتیبانی بخش مربوط به‌صورت زنده گفت‌وگو کنید. اگر کسی آنلاین نباشد، پرسشتان را همان‌جا بگذارید تا پاسخ با ایمیل برسد.',
    },
  },
  chat: chatFa,
  booking: bookingEntryFa,
  ticket: ticketEntryFa,
  account: accountEntryFa,
  kb: {
    homeLink: 'رفتن به پایگاه دانش',
  },
  survey: {
    title: 'نظر شما',
  },
  notFound: {
    title: 'صفحه پیدا نشد',
    body: 'در این نشانی چیزی وجود ندارد. شاید جابه‌جا شده باشد یا پیوند نادرست نوشته شده باشد.',
    where: 'از اینجا به کجا بروید',
  },
};
