/**
 * A ticket as its requester sees it through the secret link: their messages, the desk's replies
 * (by the agent's display name) and changes of state; never notes, assignment, priority, tags,
 * custom fields, SLA or the causes staff see. Once merged into a ticket of the same requester
 * (same email or phone), the link follows the survivor; merged into someone else's, it shows its
 * own history and takes no more replies.
 */
import type { TicketStatus } from '@deskstream/tickets-domain';
import type { TicketRecord, TicketsReadModel, TimelineEntryRecord } from '@deskstream/tickets-read-models';
import { isLinkToken, linkTokenHash, publicAttachmentUrl } from './link-token';

export type PublicTicketSource = Pick<TicketsReadModel, 'byAccessTokenHash' | 'byId' | 'directory'>;

export interface PublicEntryView {
  id: string;
  kind: 'MESSAGE' | 'REPLY' | 'STATUS_CHANGED';
  at: string;
  author: string;
  text: string | null;
  attachments: { hash: string; filename: string; contentType: string; size: number; url: string }[];
  status: TicketStatus | null;
}

export interface PublicTicketView {
  /** Not in the schema: which ticket this is, for the live feed. */
  ticketId: string;
  number: number;
  subject: string;
  status: TicketStatus;
  department: { id: string; name: { fa: string; en: string; ja: string; vi: string } };
  openedAt: string;
  updatedAt: string;
  entries: PublicEntryView[];
  canReply: boolean;
}

/** Whether two tickets are the same person's: the same email address or phone number. */
export function sameRequester(a: TicketRecord, b: TicketRecord): boolean {
  const email = (record: TicketRecord) => record.requester.email?.toLowerCase() ?? null;
  const phone = (record: TicketRecord) => record.requester.phone ?? null;
  return (email(a) !== null && email(a) === email(b)) || (phone(a) !== null && phone(a) === phone(b));
}

/** The ticket behind a token (its own), and the one its page shows (the survivor of a merge of the same requester). */
export function ticketForToken(
  source: PublicTicketSource,
  token: string,
): { own: TicketRecord; shown: TicketRecord } | null {
  if (!isLinkToken(token)) return null;
  const own = source.byAccessTokenHash(linkTokenHash(token));
  if (!own) return null;
  let shown = own;
  // A few hops at most: a survivor can itself be merged later.
  for (let hops = 0; shown.mergedInto && hops < 5; hops++) {
    const survivor = source.byId(shown.mergedInto.id);
    if (!survivor || !sameRequester(own, survivor)) break;
    shown = survivor;
  }
  return { own, shown };
}

const PUBLIC_KINDS = new Set(['MESSAGE', 'REPLY', 'STATUS_CHANGED']);

function entryView(entry: TimelineEntryRecord, requesterName: string, token: string): PublicEntryView {
  const author =
    entry.kind === 'MESSAGE' && entry.actor.kind === 'STAFF' ? requesterName : entry.actor.name || requesterName;
  return {
    id: entry.id,
    kind: entry.kind as PublicEntryView['kind'],
    at: entry.at,
    author,
    text: entry.kind === 'STATUS_CHANGED' ? null : (entry.text ?? null),
    attachments: (entry.attachments ?? []).map((file) => ({ ...file, url: publicAttachmentUrl(file.hash, token) })),
    status: entry.kind === 'STATUS_CHANGED' ? (entry.status ?? null) : null,
  };
}

/** The public entries of the shown ticket and of tickets of the same requester merged into it, in time order. */
function publicEntries(source: PublicTicketSource, own: TicketRecord, shown: TicketRecord): TimelineEntryRecord[] {
  const records = [shown];
  for (const id of shown.absorbed) {
    const merged = source.byId(id);
    if (merged && (merged.id === own.id || sameRequester(own, merged))) records.push(merged);
  }
  return records
    .flatMap((record) => record.timeline.filter((entry) => PUBLIC_KINDS.has(entry.kind)))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export function publicTicketView(
  source: PublicTicketSource,
  found: { own: TicketRecord; shown: TicketRecord },
  token: string,
): PublicTicketView {
  const { own, shown } = found;
  const entries = publicEntries(source, own, shown).map((entry) => entryView(entry, own.requester.name, token));
  const department = source.directory.departments.get(shown.departmentId) ?? {
    id: shown.departmentId,
    name: { fa: shown.departmentId, en: shown.departmentId, ja: shown.departmentId, vi: shown.departmentId },
  };
  return {
    ticketId: shown.id,
    number: shown.number,
    subject: shown.subject,
    status: shown.status,
    department,
    openedAt: shown.openedAt,
    // The last change the requester can see: a note or a tag must not show through.
    updatedAt: entries.at(-1)?.at ?? shown.openedAt,
    entries,
    canReply: shown.status !== 'CLOSED' && shown.mergedInto === null,
  };
}
