/** The demo desk's ticket settings: requester types, inbound addresses, fields, round-robin, calendars, SLA policies. */
import type { TicketPriority, TicketSettingsCommand } from '@deskstream/tickets-domain';

type Setting = TicketSettingsCommand extends infer C
  ? C extends { data: infer D }
    ? Omit<C, 'data'> & { data: Omit<D, 'at' | 'by'> }
    : never
  : never;

const name = (fa: string, en: string, ja: string, vi: string) => ({ fa, en, ja, vi });
const DEPARTMENTS = ['humanities', 'engineering', 'medicine', 'law'];
const PRIORITY_TARGETS: Record<TicketPriority, [number, number, number]> = {
  LOW: [480, 960, 4_800],
  NORMAL: [240, 480, 2_400],
  HIGH: [60, 240, 960],
  URGENT: [30, 60, 480],
};

export const DEMO_TICKET_SETTINGS: Setting[] = [
  {
    type: 'SetRequesterTypes',
    data: {
      types: [
        { key: 'patron', name: name('عضو کتابخانه', 'Patron', '利用者', 'Bạn đọc') },
        { key: 'publisher', name: name('ناشر', 'Publisher', '出版社', 'Nhà xuất bản') },
        { key: 'buyer', name: name('خریدار', 'Buyer', '購入者', 'Người mua') },
        { key: 'customer', name: name('مشتری', 'Customer', '顧客', 'Khách hàng') },
      ],
    },
  },
  {
    type: 'SetInboundAddresses',
    data: {
      addresses: [
        { address: 'help@deskstream.localhost', departmentId: 'humanities' },
        { address: 'engineering@deskstream.localhost', departmentId: 'engineering' },
        { address: 'medicine@deskstream.localhost', departmentId: 'medicine' },
        { address: 'law@deskstream.localhost', departmentId: 'law' },
      ],
      defaultDepartmentId: 'humanities',
    },
  },
  {
    type: 'DefineTicketFields',
    data: {
      departmentId: 'humanities',
      fields: [
        {
          key: 'card-number',
          label: name('شماره کارت عضویت', 'Library card number', '利用者カード番号', 'Số thẻ thư viện'),
          kind: 'TEXT',
          options: [],
          required: false,
          public: true,
        },
      ],
    },
  },
  {
    type: 'DefineTicketFields',
    data: {
      departmentId: 'engineering',
      fields: [
        {
          key: 'platform',
          label: name('سیستم‌عامل', 'Platform', 'プラットフォーム', 'Nền tảng'),
          kind: 'SELECT',
          options: ['Windows', 'macOS', 'Linux'],
          required: false,
          public: true,
        },
        {
          key: 'seats',
          label: name('تعداد مجوز', 'Licensed seats', 'ライセンス数', 'Số giấy phép'),
          kind: 'NUMBER',
          options: [],
          required: false,
          public: false,
        },
      ],
    },
  },
  { type: 'SetAutoAssignment', data: { departmentId: 'law', enabled: true, capPerAgent: 10 } },
  {
    type: 'SetBusinessCalendar',
    data: {
      calendar: {
        calendarId: 'tehran-week',
        name: 'Saturday–Wednesday, 08:00–16:00 Tehran',
        timeZone: 'Asia/Tehran',
        hours: [6, 0, 1, 2, 3].map((day) => ({ day, start: '08:00', end: '16:00' })),
        holidays: ['2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24'],
      },
    },
  },
  {
    type: 'SetBusinessCalendar',
    data: {
      calendar: {
        calendarId: 'book-fair',
        name: 'Book fair, every day 08:00–24:00',
        timeZone: 'Asia/Tehran',
        hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '08:00', end: '24:00' })),
        holidays: [],
      },
    },
  },
  ...DEPARTMENTS.flatMap((departmentId) =>
    (Object.entries(PRIORITY_TARGETS) as [TicketPriority, [number, number, number]][]).map(
      ([priority, [first, next, resolution]]): Setting => ({
        type: 'SetSlaPolicy',
        data: {
          policy: {
            departmentId,
            priority,
            calendarId: departmentId === 'law' ? 'book-fair' : 'tehran-week',
            firstResponseMinutes: first,
            nextResponseMinutes: next,
            resolutionMinutes: resolution,
          },
        },
      }),
    ),
  ),
];
