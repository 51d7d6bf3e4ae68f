/**
 * The demo's Book a Librarian: three branches in three time zones (Tehran, Tokyo, Los Angeles,
 * the last with daylight saving), the ten topics patrons ask about, and three librarians with
 * their weekly hours. Nobody at the central library helps with genealogy, so such a booking there
 * is routed to another branch.
 */
import type { LocalizedText, SessionMode, WeeklyHours } from '@deskstream/bookings-domain';

export interface SeedBranch {
  id: string;
  name: LocalizedText;
  timeZone: string;
  modes: SessionMode[];
  address: string;
}

export const SEED_BRANCHES: SeedBranch[] = [
  {
    id: 'central',
    name: { fa: 'کتابخانهٔ مرکزی', en: 'Central Library', ja: '中央図書館', vi: 'Thư viện Trung tâm' },
    timeZone: 'Asia/Tehran',
    modes: ['PHONE', 'VIDEO', 'IN_PERSON'],
    address: 'Enghelab Square, Tehran',
  },
  {
    id: 'tokyo',
    name: { fa: 'شعبهٔ توکیو', en: 'Tokyo Branch', ja: '東京分館', vi: 'Chi nhánh Tokyo' },
    timeZone: 'Asia/Tokyo',
    modes: ['VIDEO', 'IN_PERSON'],
    address: '1-1 Chiyoda, Tokyo',
  },
  {
    id: 'lakewood',
    name: { fa: 'شعبهٔ لیک‌وود', en: 'Lakewood Branch', ja: 'レイクウッド分館', vi: 'Chi nhánh Lakewood' },
    timeZone: 'America/Los_Angeles',
    modes: ['PHONE', 'VIDEO'],
    address: '',
  },
];

export const SEED_TOPICS: { id: string; name: LocalizedText }[] = [
  {
    id: 'email-account',
    name: {
      fa: 'ساختن حساب ایمیل',
      en: 'Setting up an email account',
      ja: 'メールアカウントの作成',
      vi: 'Tạo tài khoản email',
    },
  },
  {
    id: 'internet-search',
    name: {
      fa: 'جست‌وجو در اینترنت',
      en: 'Searching the internet',
      ja: 'インターネット検索',
      vi: 'Tìm kiếm trên internet',
    },
  },
  {
    id: 'catalogue',
    name: {
      fa: 'جست‌وجو در فهرست کتابخانه',
      en: 'Using the library catalogue',
      ja: '蔵書目録の使い方',
      vi: 'Tra cứu danh mục thư viện',
    },
  },
  {
    id: 'ebooks-audiobooks',
    name: {
      fa: 'کتاب الکترونیکی و کتاب گویا',
      en: 'E-books and audiobooks',
      ja: '電子書籍とオーディオブック',
      vi: 'Sách điện tử và sách nói',
    },
  },
  {
    id: 'databases',
    name: {
      fa: 'پایگاه‌های داده و منابع پژوهشی',
      en: 'Databases and research resources',
      ja: 'データベースと調査資料',
      vi: 'Cơ sở dữ liệu và tài nguyên nghiên cứu',
    },
  },
  {
    id: 'computer-basics',
    name: { fa: 'مبانی رایانه', en: 'Computer basics', ja: 'パソコンの基本', vi: 'Kiến thức máy tính cơ bản' },
  },
  {
    id: 'research-project',
    name: { fa: 'پروژهٔ پژوهشی', en: 'A research project', ja: '調査・研究プロジェクト', vi: 'Dự án nghiên cứu' },
  },
  {
    id: 'books-authors',
    name: {
      fa: 'یافتن کتاب‌ها و نویسندگان تازه',
      en: 'Finding new books and authors',
      ja: '新しい本と作家を探す',
      vi: 'Tìm sách và tác giả mới',
    },
  },
  { id: 'genealogy', name: { fa: 'تبارشناسی', en: 'Genealogy', ja: '家系調査', vi: 'Phả hệ' } },
  {
    id: 'small-business',
    name: {
      fa: 'برنامهٔ کسب‌وکار کوچک',
      en: 'Small-business plans',
      ja: 'スモールビジネスの計画',
      vi: 'Kế hoạch kinh doanh nhỏ',
    },
  },
];

const weekdays = (days: number[], start: string, end: string): WeeklyHours[] =>
  days.map((weekday) => ({ weekday, start, end }));

export interface SeedExpert {
  staffId: string;
  fallbackName: string;
  branchId: string;
  topicIds: string[];
  weekly: WeeklyHours[];
}

export const SEED_EXPERTS: SeedExpert[] = [
  {
    staffId: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0002',
    fallbackName: 'Sara Ahmadi',
    branchId: 'central',
    topicIds: ['email-account', 'internet-search', 'catalogue', 'computer-basics', 'research-project'],
    // Saturday to Wednesday, as the week runs in Tehran.
    weekly: weekdays([6, 7, 1, 2, 3], '09:00', '13:00'),
  },
  {
    staffId: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0004',
    fallbackName: 'Yuki Tanaka',
    branchId: 'tokyo',
    topicIds: ['ebooks-audiobooks', 'databases', 'books-authors', 'catalogue'],
    weekly: weekdays([1, 2, 3, 4, 5], '10:00', '16:00'),
  },
  {
    staffId: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0003',
    fallbackName: 'Nguyễn Văn Minh',
    branchId: 'lakewood',
    topicIds: ['genealogy', 'small-business', 'research-project', 'databases'],
    weekly: weekdays([1, 2, 3, 4, 5], '09:00', '17:00'),
  },
];
