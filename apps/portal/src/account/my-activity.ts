import type { MyRequest, MyRequests } from './account-operations';

/** One line of "my requests": what it was, its state in its own context, when, and its reference. */
export interface ActivityItem {
  id: string;
  title: string;
  state: string;
  at: string;
  detail: string | null;
}

export interface ActivityList {
  kind: 'chats' | 'offlineQuestions' | 'tickets' | 'bookings' | 'calls';
  title: string;
  empty: string;
  items: ActivityItem[];
}

interface Wording {
  t: (key: string, values?: Record<string, unknown>) => string;
  digits: (text: string) => string;
}

const LISTS = [
  { kind: 'chats', title: 'accounts.requests.chats', empty: 'accounts.requests.noChats' },
  {
    kind: 'offlineQuestions',
    title: 'accounts.requests.offlineQuestions',
    empty: 'accounts.requests.noOfflineQuestions',
  },
  { kind: 'tickets', title: 'accounts.requests.tickets', empty: 'accounts.requests.noTickets' },
  { kind: 'bookings', title: 'accounts.requests.bookings', empty: 'accounts.requests.noBookings' },
  { kind: 'calls', title: 'accounts.requests.calls', empty: 'accounts.requests.noCalls' },
] as const;

const newestFirst = (a: MyRequest, b: MyRequest) => b.at.localeCompare(a.at);

/** The person's requests per kind, newest first; a ticket's number in the reader's digits. */
export function activityOf(mine: MyRequests, { t, digits }: Wording): ActivityList[] {
  return LISTS.map(({ kind, title, empty }) => ({
    kind,
    title: t(title),
    empty: t(empty),
    items: [...mine[kind]].sort(newestFirst).map((request) => ({
      id: request.id,
      title: request.title,
      state: request.state,
      at: request.at,
      detail: request.reference ? t('accounts.requests.reference', { reference: digits(request.reference) }) : null,
    })),
  }));
}
