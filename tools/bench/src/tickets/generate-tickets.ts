/** Generated tickets for the benchmarks: ~6 events each, subjects and messages in fa / en / ja / vi. */
import type { TicketEvent, TicketPriority, TicketStatus } from '@deskstream/tickets-domain';

const SUBJECTS = [
  'کتابخانه دیجیتال باز نمی‌شود',
  'تمدید کارت عضویت',
  'Licence key rejected after upgrade',
  'Installer stops with error 1603',
  '医学データベースにログインできません',
  '論文の複写依頼',
  'Không cài đặt được phần mềm',
  'Mất thẻ thư viện',
];
const MESSAGES = [
  'سلام، از خانه نمی‌توانم وارد مخزن شوم. پیام خطا ۱۶۰۳ است.',
  'The renew button is greyed out for my loans since Monday.',
  '学外からアクセスするとエラーになります。',
  'Trình cài đặt dừng ở 80% và báo lỗi 1335.',
];
export const DEPARTMENTS = ['humanities', 'engineering', 'medicine', 'law'];
export const AGENTS = Array.from({ length: 40 }, (_, index) => `agent-${index}`);
const TAGS = ['billing', 'vpn', 'installer', 'loans', 'vip', 'fair', 'refund', 'access'];
const PRIORITIES: TicketPriority[] = ['LOW', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'];
const FINAL: TicketStatus[] = ['OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD', 'SOLVED', 'CLOSED', 'OPEN'];

/** Ticket n's events in order, at times a few minutes apart from `start`. */
export function ticketEvents(n: number, start: number): TicketEvent[] {
  const ticketId = `bench-${n}`;
  const at = (minutes: number) => new Date(start + n * 30_000 + minutes * 60_000).toISOString();
  const by = { kind: 'STAFF', id: AGENTS[n % AGENTS.length]!, name: `Agent ${n % AGENTS.length}` } as const;
  const requester = { kind: 'REQUESTER', name: `Requester ${n}` } as const;
  const departmentId = DEPARTMENTS[n % DEPARTMENTS.length]!;
  const final = FINAL[n % FINAL.length]!;
  return [
    {
      type: 'TicketOpened',
      data: {
        ticketId,
        number: n,
        channel: n % 3 ? 'EMAIL' : 'WEB_FORM',
        requester: {
          name: `Requester ${n}`,
          email: `r${n}@example.org`,
          phone: null,
          language: 'en',
          contactMethod: 'EMAIL',
        },
        requesterType: n % 2 ? 'patron' : 'publisher',
        departmentId,
        subject: `${SUBJECTS[n % SUBJECTS.length]} ${n}`,
        priority: PRIORITIES[n % PRIORITIES.length]!,
        product: null,
        version: null,
        fields: {},
        tags: [],
        origin: null,
        accessTokenHash: null,
        openedAt: at(0),
        openedBy: requester,
      },
    },
    {
      type: 'TicketMessageReceived',
      data: {
        ticketId,
        messageId: `m-${n}`,
        via: 'EMAIL',
        from: { name: `Requester ${n}`, address: `r${n}@example.org` },
        text: MESSAGES[n % MESSAGES.length]!,
        attachments: [],
        mail: null,
        receivedAt: at(0),
        recordedBy: requester,
      },
    },
    {
      type: 'TicketAssigned',
      data: { ticketId, departmentId, agentId: by.id, agentName: by.name, automatic: false, assignedAt: at(5), by },
    },
    {
      type: 'TicketTagsChanged',
      data: {
        ticketId,
        added: [TAGS[n % TAGS.length]!, TAGS[(n >> 3) % TAGS.length]!].filter((t, i, all) => all.indexOf(t) === i),
        removed: [],
        changedAt: at(6),
        by,
      },
    },
    {
      type: 'TicketReplied',
      data: {
        ticketId,
        messageId: `r-${n}`,
        text: 'Thank you, we are looking into it.',
        attachments: [],
        mailId: null,
        to: null,
        mail: null,
        repliedAt: at(20),
        author: by,
      },
    },
    {
      type: 'TicketStatusChanged',
      data: { ticketId, from: 'NEW', to: final, cause: null, changedAt: at(21), by },
    },
  ];
}
