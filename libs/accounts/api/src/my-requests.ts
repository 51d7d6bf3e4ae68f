/**
 * What a holder asked the desk, found in each context by their email or phone through read ports
 * the api connects (chats, offline questions, tickets, bookings, calls), and their notices.
 */
import type { AccountRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { noticesOf, type NoticeView } from './notices';
import { openPerson } from './personal';
import type { AccountPorts, MyRequestItem, MyRequestKind } from './ports';

export interface MyRequestsView {
  chats: MyRequestItem[];
  offlineQuestions: MyRequestItem[];
  tickets: MyRequestItem[];
  bookings: MyRequestItem[];
  calls: MyRequestItem[];
  notices: NoticeView[];
}

export async function myRequests(
  account: AccountRecord,
  vault: PersonalDataVault,
  ports: AccountPorts,
  forStaff: boolean,
): Promise<MyRequestsView> {
  const person = await openPerson(vault, account);
  const contact = { email: person.email, phone: person.phone };
  const of = (kind: MyRequestKind) => {
    const port = ports.requests?.[kind];
    if (!port || person.erased || (contact.email === null && contact.phone === null)) return [];
    return [...port(contact)].sort((a, b) => b.at.localeCompare(a.at));
  };
  return {
    chats: of('CHAT'),
    offlineQuestions: of('OFFLINE_QUESTION'),
    tickets: of('TICKET'),
    bookings: of('BOOKING'),
    calls: of('CALL'),
    notices: noticesOf(account, person.email, vault, ports.mailStatus, forStaff),
  };
}
