/** A dozen demo tickets in Persian, English, Japanese and Vietnamese. */
import type { TicketChannel, TicketPriority } from '@deskstream/tickets-domain';

export interface DemoTicket {
  key: string;
  channel: TicketChannel;
  departmentId: string;
  requesterType: string;
  priority: TicketPriority;
  requester: { name: string; email: string | null; phone: string | null; language: string };
  subject: string;
  text: string;
  tags: string[];
  reply?: string;
}

export const DEMO_TICKETS: DemoTicket[] = [
  {
    key: 'fa-card',
    channel: 'WEB_FORM',
    departmentId: 'humanities',
    requesterType: 'patron',
    priority: 'NORMAL',
    requester: { name: 'مریم رضایی', email: 'maryam@example.org', phone: null, language: 'fa' },
    subject: 'کارت عضویت من منقضی شده است',
    text: 'سلام، کارت عضویت من ماه گذشته منقضی شد. چطور می‌توانم آن را تمدید کنم؟',
    tags: ['عضویت'],
    reply: 'سلام، برای تمدید کافی است با کارت ملی به میز امانت مراجعه کنید.',
  },
  {
    key: 'fa-thesis',
    channel: 'EMAIL',
    departmentId: 'humanities',
    requesterType: 'patron',
    priority: 'HIGH',
    requester: { name: 'علی محمدی', email: 'ali@example.org', phone: null, language: 'fa' },
    subject: 'دسترسی به پایان‌نامه‌های دیجیتال',
    text: 'پایان‌نامه‌های سال ۱۴۰۱ در مخزن دیجیتال باز نمی‌شوند.',
    tags: ['مخزن-دیجیتال'],
  },
  {
    key: 'fa-fair',
    channel: 'PHONE',
    departmentId: 'law',
    requesterType: 'publisher',
    priority: 'URGENT',
    requester: { name: 'انتشارات نگاه', email: 'info@negah.example', phone: '+982188000000', language: 'fa' },
    subject: 'غرفه ما در نمایشگاه برق ندارد',
    text: 'غرفه شماره ۴۲ از صبح برق ندارد.',
    tags: ['نمایشگاه'],
  },
  {
    key: 'en-license',
    channel: 'EMAIL',
    departmentId: 'engineering',
    requesterType: 'customer',
    priority: 'NORMAL',
    requester: { name: 'Hannah Weber', email: 'hannah@example.com', phone: null, language: 'en' },
    subject: 'Licence key rejected after upgrading to 4.2',
    text: 'After the upgrade the installer says error 1603 and our licence key is rejected.',
    tags: ['licensing', 'installer'],
    reply: 'Please run the installer as administrator; the key is re-read on first start.',
  },
  {
    key: 'en-renewal',
    channel: 'WEB_FORM',
    departmentId: 'humanities',
    requesterType: 'patron',
    priority: 'LOW',
    requester: { name: 'Tom Baker', email: 'tom@example.net', phone: null, language: 'en' },
    subject: 'Renew three books online',
    text: 'The renew button is greyed out for my three loans.',
    tags: ['loans'],
  },
  {
    key: 'en-letter',
    channel: 'LETTER',
    departmentId: 'law',
    requesterType: 'buyer',
    priority: 'NORMAL',
    requester: { name: 'Grace Miller', email: null, phone: null, language: 'en' },
    subject: 'Refund for a damaged book bought at the fair',
    text: 'The book I bought at stand 12 was missing pages 40 to 56.',
    tags: ['refund'],
  },
  {
    key: 'ja-account',
    channel: 'EMAIL',
    departmentId: 'medicine',
    requesterType: 'patron',
    priority: 'NORMAL',
    requester: { name: '佐藤 花子', email: 'hanako@example.jp', phone: null, language: 'ja' },
    subject: '医学データベースにログインできません',
    text: '学外からデータベースにアクセスするとエラーになります。',
    tags: ['データベース'],
    reply: 'VPN に接続してから再度お試しください。',
  },
  {
    key: 'ja-copy',
    channel: 'WALK_IN',
    departmentId: 'medicine',
    requesterType: 'patron',
    priority: 'LOW',
    requester: { name: '鈴木 一郎', email: 'ichiro@example.jp', phone: null, language: 'ja' },
    subject: '論文の複写依頼',
    text: '1998年の循環器学の論文の複写をお願いします。',
    tags: ['複写'],
  },
  {
    key: 'ja-publisher',
    channel: 'PHONE',
    departmentId: 'law',
    requesterType: 'publisher',
    priority: 'HIGH',
    requester: { name: '東京出版', email: 'info@tokyo-pub.example', phone: '+81312345678', language: 'ja' },
    subject: '展示会の搬入時間について',
    text: '搬入は何時から可能ですか。',
    tags: ['展示会'],
  },
  {
    key: 'vi-wifi',
    channel: 'WEB_FORM',
    departmentId: 'engineering',
    requesterType: 'customer',
    priority: 'NORMAL',
    requester: { name: 'Nguyễn Thị Lan', email: 'lan@example.vn', phone: null, language: 'vi' },
    subject: 'Không cài đặt được phần mềm trên Windows 11',
    text: 'Trình cài đặt dừng ở 80% và báo lỗi 1335.',
    tags: ['cài-đặt'],
  },
  {
    key: 'vi-card',
    channel: 'EMAIL',
    departmentId: 'humanities',
    requesterType: 'patron',
    priority: 'NORMAL',
    requester: { name: 'Trần Văn Hùng', email: 'hung@example.vn', phone: null, language: 'vi' },
    subject: 'Mất thẻ thư viện',
    text: 'Tôi bị mất thẻ thư viện, làm sao để cấp lại?',
    tags: ['thẻ'],
    reply: 'Bạn có thể đến quầy mượn trả với giấy tờ tùy thân để được cấp lại thẻ.',
  },
  {
    key: 'vi-stand',
    channel: 'PHONE',
    departmentId: 'law',
    requesterType: 'buyer',
    priority: 'LOW',
    requester: { name: 'Phạm Minh Châu', email: 'chau@example.vn', phone: '+84901234567', language: 'vi' },
    subject: 'Giờ mở cửa hội chợ sách',
    text: 'Hội chợ mở cửa đến mấy giờ vào cuối tuần?',
    tags: ['hội-chợ'],
  },
];
