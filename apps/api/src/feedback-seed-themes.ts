/**
 * The demo feedback's most reported themes (each grouped into a topic the Noor software team
 * answered): what users said, in the four languages, about which product and versions.
 */
import type { DemoTheme } from './feedback-seed-data';

export const FIRST_THEMES: DemoTheme[] = [
  {
    key: 'desk-search-crash',
    product: 'noor-desk',
    versions: ['2.0'],
    kind: 'BUG',
    severity: 'HIGH',
    weight: 34,
    burst: true,
    topic: {
      title: 'Search closes the program (error 0xC0000005)',
      answers: [
        { status: 'ACKNOWLEDGED', note: 'We can reproduce it and are working on it.', daysAgo: 50 },
        { status: 'PLANNED', version: '2.1', note: 'The fix is planned for 2.1.', daysAgo: 30 },
      ],
    },
    text: {
      fa: 'با جستجوی عبارت در پیشخوان نور ۲٫۰ برنامه بسته می‌شود و خطای 0xC0000005 می‌دهد',
      en: 'Searching a phrase in Noor Desk 2.0 closes the program with error 0xC0000005',
      ja: 'Noor Desk 2.0 でフレーズを検索するとエラー 0xC0000005 でプログラムが終了します',
      vi: 'Tìm một cụm từ trong Noor Desk 2.0 thì chương trình tắt với lỗi 0xC0000005',
    },
  },
  {
    key: 'desk-1603',
    product: 'noor-desk',
    versions: ['1.0', '2.0'],
    kind: 'BUG',
    severity: 'NORMAL',
    weight: 22,
    burst: false,
    article: 'error-1603',
    topic: {
      title: 'Setup stops with error 1603',
      answers: [
        {
          status: 'FIXED',
          version: '2.0',
          note: 'The 2.0 setup no longer stops; please download it again.',
          daysAgo: 20,
        },
      ],
    },
    text: {
      fa: 'نصب برنامه با خطای 1603 متوقف می‌شود و راهنمای سایت کمکی نکرد',
      en: 'Setup stops with error 1603 and the help article did not help',
      ja: 'セットアップがエラー 1603 で止まり、ヘルプ記事では解決しませんでした',
      vi: 'Cài đặt dừng với lỗi 1603 và bài hướng dẫn không giúp được',
    },
  },
  {
    key: 'feqh-footnotes',
    product: 'jame-feqh',
    versions: ['3.5'],
    kind: 'CONTENT_ERROR',
    severity: 'NORMAL',
    weight: 18,
    burst: false,
    topic: {
      title: 'Footnotes of Jawahir volume 12 point to the wrong page',
      answers: [
        { status: 'PLANNED', version: '3.6', note: 'The corrected text comes with the next update.', daysAgo: 12 },
      ],
    },
    text: {
      fa: 'پاورقی‌های جلد ۱۲ جواهر در جامع فقه به صفحه اشتباه ارجاع می‌دهند',
      en: 'The footnotes of Jawahir volume 12 in Jame al-Feqh point to the wrong page',
      ja: 'Jame al-Feqh のジャワーヒル第12巻の脚注が違うページを指しています',
      vi: 'Chú thích tập 12 Jawahir trong Jame al-Feqh trỏ sai trang',
    },
  },
  {
    key: 'network-license',
    product: 'noor-network',
    versions: ['4.0'],
    kind: 'BUG',
    severity: 'CRITICAL',
    weight: 14,
    burst: true,
    topic: {
      title: 'Network clients lose their licence after the server restarts',
      answers: [
        { status: 'NEEDS_INFO', note: 'Please send the server log from the moment of the restart.', daysAgo: 8 },
      ],
    },
    text: {
      fa: 'بعد از راه‌اندازی دوباره سرور، کاربران نسخه شبکه مجوز خود را از دست می‌دهند',
      en: 'After the server restarts, network edition clients lose their licence',
      ja: 'サーバー再起動後、ネットワーク版のクライアントがライセンスを失います',
      vi: 'Sau khi máy chủ khởi động lại, máy trạm bản mạng mất giấy phép',
    },
  },
  {
    key: 'teb-dark-mode',
    product: 'jame-teb',
    versions: ['2.0'],
    kind: 'FEATURE_REQUEST',
    severity: 'LOW',
    weight: 16,
    burst: false,
    topic: {
      title: 'A dark mode for long reading',
      answers: [
        {
          status: 'WONT_FIX',
          reason: 'The reader follows the system colours from 2.0 on.',
          note: 'Turn on dark mode in Windows.',
          daysAgo: 15,
        },
      ],
    },
    text: {
      fa: 'لطفاً برای مطالعه طولانی حالت تاریک به کتابخانه جامع طب اضافه کنید',
      en: 'Please add a dark mode to the Medical Library for long reading',
      ja: '長時間の読書のために医学ライブラリにダークモードを追加してください',
      vi: 'Xin thêm chế độ tối cho Thư viện Y khoa để đọc lâu',
    },
  },
];
