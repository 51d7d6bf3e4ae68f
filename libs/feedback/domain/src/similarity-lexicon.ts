/**
 * The words support hears about one problem in four languages, each mapped onto one concept, so
 * a Persian and an English report of the same bug share features though they share no word.
 * Keys are as the multilingual normaliser writes them (no ZWNJ, Persian letters, no Vietnamese
 * marks, lower case); two-word keys are looked up on neighbouring words. English words are also
 * looked up without their inflection (`crashes` → `crash`).
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  crash: [
    'crash',
    'crashe',
    'freeze',
    'hang',
    'کرش',
    'بسته میشود',
    'بسته شد',
    'هنگ',
    'قفل',
    'クラッシュ',
    'フリーズ',
    '落ちる',
    'treo',
    'bi treo',
    'sap',
  ],
  error: ['error', 'خطا', 'خطای', 'ارور', 'エラー', 'loi', 'bao loi'],
  search: ['search', 'find', 'جستجو', 'جستوجو', 'پیدا', '検索', 'tim kiem', 'tim'],
  update: ['update', 'upgrade', 'بروزرسانی', 'بهروزرسانی', 'آپدیت', 'ارتقا', 'アップデート', '更新', 'cap nhat'],
  install: ['install', 'setup', 'نصب', 'インストール', 'cai dat'],
  login: ['login', 'log in', 'sign in', 'signin', 'ورود', 'لاگین', 'ログイン', 'dang nhap'],
  password: ['password', 'رمز', 'گذرواژه', 'パスワード', 'mat khau'],
  print: ['print', 'چاپ', 'پرینت', '印刷', 'in an'],
  slow: ['slow', 'کند', 'کُند', '遅い', 'cham'],
  download: ['download', 'دانلود', 'بارگیری', 'ダウンロード', 'tai xuong'],
  open: ['open', 'باز', '開く', 'mo'],
  save: ['save', 'ذخیره', '保存', 'luu'],
  font: ['font', 'فونت', 'قلم', 'フォント', 'phong chu'],
  display: ['display', 'screen', 'show', 'نمایش', 'صفحه', '表示', '画面', 'hien thi', 'man hinh'],
  activation: [
    'activation',
    'activate',
    'serial',
    'license',
    'فعالسازی',
    'سریال',
    'لایسنس',
    'アクティベーション',
    'ライセンス',
    'kich hoat',
  ],
  book: ['book', 'کتاب', '本', '書籍', 'sach'],
  page: ['page', 'صفحه', 'ページ', 'trang'],
  app: [
    'app',
    'application',
    'program',
    'software',
    'برنامه',
    'نرمافزار',
    'اپ',
    'アプリ',
    'ソフト',
    'ung dung',
    'phan mem',
  ],
  export: ['export', 'خروجی', 'エクスポート', 'xuat'],
  sync: ['sync', 'synchron', 'همگامسازی', 'سینک', '同期', 'dong bo'],
  mobile: ['mobile', 'phone', 'android', 'iphone', 'موبایل', 'گوشی', 'スマホ', 'dien thoai'],
  translation: ['translation', 'translate', 'ترجمه', '翻訳', 'dich'],
  typo: ['typo', 'misspell', 'غلط', 'تایپی', '誤字', 'loi chinh ta'],
  missing: ['missing', 'gone', 'disappear', 'ناپدید', 'نیست', 'گم', '消え', 'mat'],
  feature: ['feature', 'request', 'wish', 'امکان', 'قابلیت', '機能', 'tinh nang'],
  price: ['price', 'cost', 'expensive', 'قیمت', 'گران', '価格', '値段', 'gia'],
};

/** Normalised word or two-word phrase → concept key. */
export const CONCEPT_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CONCEPTS).flatMap(([concept, words]) => words.map((word) => [word, concept] as const)),
);

/** Words that say nothing about the problem, in the four languages (after normalising). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'when', 'after', 'before', 'i', 'it'],
  ...['is', 'are', 'was', 'my', 'me', 'this', 'that', 'not', 'no', 'does', 'do', 'can', 'from', 'by', 'be', 'please'],
  ...['version', 'v', 'hi', 'hello', 'thanks', 'thank', 'you', 'there', 'have', 'has', 'but', 'so', 'if', 'then'],
  ...['از', 'به', 'با', 'در', 'که', 'و', 'را', 'این', 'آن', 'من', 'بعد', 'قبل', 'هنگام', 'وقتی', 'نسخه', 'یک', 'هم'],
  ...['است', 'شد', 'میشود', 'میکند', 'کرد', 'کنم', 'برای', 'تا', 'هست', 'سلام', 'لطفا', 'ممنون', 'روی', 'ولی', 'اما'],
  ...['が', 'で', 'を', 'に', 'は', 'の', 'と', 'し', 'ます', 'です', 'た', 'て', 'から', 'バージョン'],
  ...['khi', 'bi', 'va', 'cua', 'la', 'co', 'khong', 'toi', 'sau', 'truoc', 'phien', 'ban', 'cho', 'voi', 'nay'],
]);
