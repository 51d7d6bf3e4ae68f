import { authorizationFor } from '@deskstream/ui';

/** A file stored for tickets, as `POST /api/tickets/attachments` answers it. */
export interface UploadedAttachment {
  hash: string;
  filename: string;
  contentType: string;
  size: number;
}

export type UploadOutcome =
  | { ok: true; files: UploadedAttachment[] }
  | { ok: false; reason: 'TOO_MANY' | 'TOO_LARGE' | 'REFUSED' | 'NETWORK_ERROR' };

/** The limits the api holds uploads to (the tickets domain's limits). */
export const ATTACHMENT_LIMITS = { maxFiles: 10, maxBytes: 10 * 1024 * 1024 } as const;

/**
 * Uploads files for a reply or a note (multipart, the staff session's token), checked against
 * the limits first so the agent hears at once what is too large; the stored files' hashes go
 * with the command.
 */
export async function uploadTicketAttachments(
  files: readonly File[],
  token: string | null,
  send: typeof fetch = (...args) => fetch(...args),
): Promise<UploadOutcome> {
  if (files.length > ATTACHMENT_LIMITS.maxFiles) return { ok: false, reason: 'TOO_MANY' };
  if (files.some((file) => file.size > ATTACHMENT_LIMITS.maxBytes)) return { ok: false, reason: 'TOO_LARGE' };
  const body = new FormData();
  for (const file of files) body.append('file', file, file.name);
  const authorization = authorizationFor(token);
  try {
    const response = await send('/api/tickets/attachments', {
      method: 'POST',
      body,
      headers: authorization ? { authorization } : {},
    });
    if (response.status === 413) return { ok: false, reason: 'TOO_LARGE' };
    if (!response.ok) return { ok: false, reason: 'REFUSED' };
    const answer: unknown = await response.json();
    return Array.isArray(answer)
      ? { ok: true, files: answer as UploadedAttachment[] }
      : { ok: false, reason: 'REFUSED' };
  } catch {
    return { ok: false, reason: 'NETWORK_ERROR' };
  }
}
