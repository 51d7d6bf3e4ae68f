/**
 * Who may download a ticket's file: staff who may see the ticket (agents of its department,
 * supervisors and admins), or the requester through the ticket's secret link — and only a file
 * the ticket references (its messages and replies, and those of tickets merged into it).
 */
import { createHash } from 'node:crypto';
import type { StaffDirectory } from '@deskstream/access';
import type { TicketAttachment } from '@deskstream/tickets-domain';

/** What the tickets read model answers about a ticket's files. */
export interface AttachmentReferences {
  /** The ticket's department and the file's record when the ticket references the hash; null otherwise. */
  referencedByTicket(ticketId: string, hash: string): { departmentId: string; attachment: TicketAttachment } | null;
  /** The file's record when the ticket behind this secret link (sha256 hex of the token) references the hash. */
  referencedByAccessToken(accessTokenHash: string, hash: string): TicketAttachment | null;
}

export type DownloadDecision =
  { allowed: true; attachment: TicketAttachment } | { allowed: false; status: 401 | 403 | 404; reason: string };

export const accessTokenHashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const NOT_FOUND = { allowed: false, status: 404, reason: 'ATTACHMENT_NOT_FOUND' } as const;

export function decideDownload(
  query: { ticket?: string; token?: string },
  hash: string,
  authorization: string | undefined,
  references: AttachmentReferences,
  staffDirectory: StaffDirectory | undefined,
): DownloadDecision {
  if (typeof query.token === 'string' && query.token.length > 0) {
    if (query.token.length > 200) return NOT_FOUND;
    const attachment = references.referencedByAccessToken(accessTokenHashOf(query.token), hash);
    return attachment ? { allowed: true, attachment } : NOT_FOUND;
  }
  const staff = staffDirectory?.identify(authorization) ?? 'NOT_SIGNED_IN';
  if (typeof staff === 'string') return { allowed: false, status: 401, reason: `ACCESS_${staff}` };
  const seesAll = staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');
  if (!seesAll && !staff.roles.includes('AGENT'))
    return { allowed: false, status: 403, reason: 'ACCESS_ROLE_REQUIRED' };
  if (typeof query.ticket !== 'string' || query.ticket.length === 0 || query.ticket.length > 100) return NOT_FOUND;
  const found = references.referencedByTicket(query.ticket, hash);
  if (!found) return NOT_FOUND;
  if (!seesAll && !staff.departmentIds.includes(found.departmentId)) {
    return { allowed: false, status: 403, reason: 'ACCESS_DEPARTMENT_REQUIRED' };
  }
  return { allowed: true, attachment: found.attachment };
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII stand-in and the real name. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
