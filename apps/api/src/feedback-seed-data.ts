/**
 * The demo's feedback, as a plan the seed writes through the feedback commands: what the users of
 * seed 002's products (Noor's research software) told support over the last ninety days, in the
 * four languages, through every channel — each item a theme's wording, so similar reports meet in
 * topics; the product team's answers; and the satisfaction and product surveys' answers. It is
 * drawn from a fixed-seed generator, so every start plans the same items with the same ids.
 */
import { FIRST_THEMES } from './feedback-seed-themes';

export type Lang = 'fa' | 'en' | 'ja' | 'vi';
export type Kind = 'BUG' | 'FEATURE_REQUEST' | 'USABILITY' | 'CONTENT_ERROR' | 'COMPLAINT' | 'PRAISE' | 'QUESTION';
export type Severity = 'LOW' | 'NORMAL' | 'HIGH' | 'CRITICAL';
export type AnswerStatus = 'ACKNOWLEDGED' | 'PLANNED' | 'FIXED' | 'WONT_FIX' | 'NEEDS_INFO';

export interface DemoTheme {
  key: string;
  product: string;
  versions: string[];
  kind: Kind;
  severity: Severity;
  /** How many items the theme gets, and whether they come in a burst (after a release) or spread out. */
  weight: number;
  burst: boolean;
  /** A topic the support unit grouped the theme's reports into, and the team's answers over time. */
  topic: {
    title: string;
    answers: { status: AnswerStatus; version?: string; reason?: string; note: string; daysAgo: number }[];
  } | null;
  /** A knowledge-base article the users read before voting "not helpful" (id `<group>.<language>`). */
  article?: string;
  text: Record<Lang, string>;
}

export const DEMO_TEAM = {
  teamId: 'demo-team-noor',
  name: 'Noor software team',
  products: ['noor-desk', 'jame-feqh', 'jame-osul-feqh', 'jame-teb', 'zariah', 'noor-network'],
  /** pouya (PRODUCT) */
  members: ['6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0005'],
};

export const DEMO_THEMES: DemoTheme[] = [
  ...FIRST_THEMES,
  {
    key: 'desk-export-word',
    product: 'noor-desk',
    versions: ['2.0'],
    kind: 'FEATURE_REQUEST',
    severity: 'NORMAL',
    weight: 15,
    burst: false,
    topic: { title: 'Export notes to Word with their sources', answers: [] },
    text: {
      fa: 'امکان خروجی گرفتن یادداشت‌ها به ورد همراه با نشانی منبع را اضافه کنید',
      en: 'Let me export my notes to Word with their source references',
      ja: 'メモを出典付きで Word に書き出せるようにしてください',
      vi: 'Cho phép xuất ghi chú sang Word kèm nguồn trích dẫn',
    },
  },
  {
    key: 'zariah-font',
    product: 'zariah',
    versions: ['1.0'],
    kind: 'USABILITY',
    severity: 'NORMAL',
    weight: 12,
    burst: false,
    article: 'question-marks-instead-of-letters',
    topic: null,
    text: {
      fa: 'در ذریعة النور به جای حروف علامت سؤال نمایش داده می‌شود',
      en: 'Zariah al-Noor shows question marks instead of letters',
      ja: 'Zariah al-Noor で文字の代わりに疑問符が表示されます',
      vi: 'Zariah al-Noor hiển thị dấu hỏi thay cho chữ',
    },
  },
  {
    key: 'osul-serial',
    product: 'jame-osul-feqh',
    versions: ['2.0'],
    kind: 'QUESTION',
    severity: 'LOW',
    weight: 14,
    burst: false,
    article: 'where-is-my-serial-number',
    topic: null,
    text: {
      fa: 'شماره سریال جامع اصول فقه را کجا پیدا کنم؟',
      en: 'Where do I find the serial number of Jame Osul al-Feqh?',
      ja: 'Jame Osul al-Feqh のシリアル番号はどこにありますか？',
      vi: 'Số sê-ri của Jame Osul al-Feqh ở đâu?',
    },
  },
  {
    key: 'support-slow',
    product: 'noor-desk',
    versions: ['1.0', '2.0'],
    kind: 'COMPLAINT',
    severity: 'NORMAL',
    weight: 12,
    burst: false,
    topic: null,
    text: {
      fa: 'سه روز است منتظر پاسخ درباره فعال‌سازی هستم',
      en: 'I have been waiting three days for an answer about my activation',
      ja: 'アクティベーションの回答を3日間待っています',
      vi: 'Tôi đã chờ ba ngày để được trả lời về việc kích hoạt',
    },
  },
  {
    key: 'praise-search',
    product: 'jame-feqh',
    versions: ['3.0', '3.5'],
    kind: 'PRAISE',
    severity: 'LOW',
    weight: 16,
    burst: false,
    topic: null,
    text: {
      fa: 'جستجوی ریشه‌ای جامع فقه کار تحقیق را بسیار آسان کرده است، ممنون',
      en: 'The root search in Jame al-Feqh makes research so much easier, thank you',
      ja: 'Jame al-Feqh の語根検索で研究がとても楽になりました。ありがとう',
      vi: 'Tìm kiếm theo gốc từ trong Jame al-Feqh giúp nghiên cứu dễ hơn nhiều, cảm ơn',
    },
  },
  {
    key: 'teb-print',
    product: 'jame-teb',
    versions: ['1.0', '2.0'],
    kind: 'BUG',
    severity: 'NORMAL',
    weight: 11,
    burst: false,
    article: 'printing-persian-text',
    topic: {
      title: 'Printed Persian text comes out in separate letters',
      answers: [{ status: 'FIXED', version: '2.0', note: 'Printing joins the letters again from 2.0.', daysAgo: 40 }],
    },
    text: {
      fa: 'متن فارسی در چاپ به صورت حروف جدا از هم درمی‌آید',
      en: 'Persian text prints as separate, unjoined letters',
      ja: 'ペルシア語のテキストを印刷すると文字がつながらずに出ます',
      vi: 'Văn bản tiếng Ba Tư in ra thành các chữ rời nhau',
    },
  },
  {
    key: 'desk-prerelease',
    product: 'noor-desk',
    versions: ['2.1-beta.2'],
    kind: 'BUG',
    severity: 'HIGH',
    weight: 8,
    burst: true,
    topic: {
      title: 'Pre-release 2.1: the library list is empty after an upgrade',
      answers: [{ status: 'ACKNOWLEDGED', note: 'Thank you for testing; the next build carries a fix.', daysAgo: 3 }],
    },
    text: {
      fa: 'در نسخه آزمایشی ۲٫۱ پس از ارتقا فهرست کتابخانه خالی است',
      en: 'In the 2.1 pre-release build the library list is empty after upgrading',
      ja: '2.1 プレリリース版ではアップグレード後にライブラリ一覧が空です',
      vi: 'Ở bản thử nghiệm 2.1, danh sách thư viện trống sau khi nâng cấp',
    },
  },
];

/** Words users searched for in the knowledge base and found nothing (each searched several times). */
export const DEMO_NOT_FOUND: { query: string; language: Lang; times: number }[] = [
  { query: 'خطای 2869', language: 'fa', times: 4 },
  { query: 'نصب روی مک', language: 'fa', times: 3 },
  { query: 'linux install', language: 'en', times: 3 },
  { query: 'backup notes', language: 'en', times: 2 },
  { query: 'ライセンス 移行', language: 'ja', times: 1 },
  { query: 'phím tắt', language: 'vi', times: 1 },
];
