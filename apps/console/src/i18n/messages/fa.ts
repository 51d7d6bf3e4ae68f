import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { kbFa } from '../../knowledge-base/i18n/fa';
import { chatFa } from '../../chat/i18n/fa';
import { outboxFa } from '../../outbox/i18n/fa';
import { supervisorFa } from '../../supervisor/i18n/fa';
import { ticketsFa } from '../../tickets/i18n/fa';
import { bookingsNavFa } from '../../bookings/i18n/nav-messages';
import { staffSecurityFa } from '../../security/i18n/shell-messages';
import { callsNavFa } from '../../calls/i18n/nav-messages';
import { customersNavFa } from '../../customers/i18n/nav-messages';
import { patronsNavFa } from '../../patrons/i18n/nav-messages';
import { operationsNavFa } from '../../operations/i18n/nav-messages';
import { feedbackReportNavFa } from '../../feedback-report/i18n/nav-messages';
import { feedbackNavFa } from '../../feedback/i18n/nav-messages';

export const fa: MessageShape<typeof en> = {
  app: {
    title: 'پیشخوان دسک‌استریم',
    mainNav: 'اصلی',
  },
  signIn: {
    title: 'ورود',
    intro: 'کارشناسان، سرپرستان و تیم‌های محصول از اینجا وارد می‌شوند.',
    username: 'نام کاربری',
    password: 'گذرواژه',
    submit: 'ورود',
    submitting: 'در حال ورود…',
    failed: 'ورود انجام نشد. نام کاربری و گذرواژه را بررسی کنید و دوباره تلاش کنید.',
  },
  presence: {
    switchLabel: 'آنلاین',
    online: 'آنلاین',
    offline: 'آفلاین',
    shortcut: 'میان‌بر: Alt+Shift+O',
    boardTitle: 'کارشناسان آنلاین',
    boardIntro: 'چه کسی در هر بخش آنلاین است؛ به‌روزرسانی زنده.',
    agentsOnline: '{count} کارشناس آنلاین',
    onlineSince: 'آنلاین از {time}',
    nobodyOnline: 'اکنون کسی در این بخش آنلاین نیست.',
    noDepartments: 'هنوز هیچ بخشی تعریف نشده است.',
    live: {
      idle: 'متصل نیست',
      connecting: 'در حال اتصال…',
      connected: 'زنده',
      reconnecting: 'در حال اتصال دوباره…',
    },
  },
  profile: {
    menu: 'نمایه و تنظیمات',
    roles: 'نقش‌ها',
    departments: 'بخش‌ها',
    signOut: 'خروج',
    notifications: {
      enable: 'فعال کردن اعلان‌های دسکتاپ',
      disable: 'خاموش کردن اعلان‌های دسکتاپ',
      on: 'وقتی این زبانه پنهان است، گفت‌وگوهای تازه و اشاره‌ها به دسکتاپ شما می‌رسند.',
      blocked: 'اعلان‌های دسکتاپ برای این سایت در تنظیمات مرورگر شما مسدود شده است.',
    },
  },
  readiness: {
    title: 'در حال به‌روز شدن…',
    body: 'پیشخوان پس از راه‌اندازی دوباره، آخرین رویدادها را می‌خواند. فهرست‌ها به‌محض کامل شدن نمایش داده می‌شوند.',
  },
  kb: kbFa,
  chat: chatFa,
  outbox: outboxFa,
  supervisor: supervisorFa,
  tickets: ticketsFa,
  bookingsNav: bookingsNavFa,
  staffSecurity: staffSecurityFa,
  callsNav: callsNavFa,
  customersNav: customersNavFa,
  patronsNav: patronsNavFa,
  operationsNav: operationsNavFa,
  feedbackReportNav: feedbackReportNavFa,
  feedbackNav: feedbackNavFa,
  roles: {
    AGENT: 'کارشناس',
    SUPERVISOR: 'سرپرست',
    ADMIN: 'مدیر سامانه',
    PRODUCT: 'تیم محصول',
  },
};
