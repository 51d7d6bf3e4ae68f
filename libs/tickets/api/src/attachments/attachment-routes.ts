/**
 * The ticket files' HTTP routes, an encapsulated Fastify plugin the tickets module registers:
 * `POST /api/tickets/attachments` (multipart, one or more files; a staff session or, for the
 * public contact form, the flood guard) answers `[{ hash, filename, contentType, size }]`;
 * `GET /api/tickets/attachments/<hash>?ticket=<id>` (staff) or `?token=<secret link>` downloads
 * a file the ticket references — always as an attachment, never rendered by the browser.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FloodGuard, type FloodLimits, type StaffDirectory } from '@deskstream/access';
import { ATTACHMENT_LIMITS, downloadContentType, type TicketAttachment } from '@deskstream/tickets-domain';
import { attachmentDisposition, decideDownload, type AttachmentReferences } from './attachment-access';
import { AttachmentTooLargeError, isAttachmentHash, type AttachmentStore } from './attachment-store';

export type UploadAction = 'upload';
export const DEFAULT_UPLOAD_FLOOD_LIMITS: FloodLimits<UploadAction> = {
  // Each upload carries up to ten files: a form or two per minute from one address is plenty.
  upload: { max: 20, windowMs: 10 * 60_000 },
};

export interface AttachmentRoutesOptions {
  store: AttachmentStore;
  references: AttachmentReferences;
  staffDirectory?: StaffDirectory;
  floodLimits?: FloodLimits<UploadAction>;
  now?: () => Date;
}

type Refusal = { status: number; reason: string; message: string };

const refuse = (reply: FastifyReply, { status, reason, message }: Refusal) =>
  reply.code(status).send({ error: reason, message });

export async function ticketAttachmentRoutes(app: FastifyInstance, options: AttachmentRoutesOptions): Promise<void> {
  const flood = new FloodGuard(options.floodLimits ?? DEFAULT_UPLOAD_FLOOD_LIMITS);
  const now = options.now ?? (() => new Date());
  await app.register(multipart, {
    // One byte past the limit reaches the store, which refuses the file whole; cut at the limit,
    // the store would take the first 10 MB for a whole file.
    limits: { files: ATTACHMENT_LIMITS.maxFiles, fileSize: ATTACHMENT_LIMITS.maxFileBytes + 1, fields: 10, parts: 30 },
  });

  app.post('/api/tickets/attachments', async (request, reply) => {
    const staff = options.staffDirectory?.identify(request.headers.authorization);
    if (typeof staff !== 'object' && !flood.allow('upload', request.ip, now().getTime())) {
      return refuse(reply, { status: 429, reason: 'TOO_MANY_UPLOADS', message: 'Too many uploads; try again later.' });
    }
    if (!request.isMultipart()) {
      return refuse(reply, {
        status: 415,
        reason: 'MULTIPART_REQUIRED',
        message: 'Send the files as multipart/form-data.',
      });
    }
    const stored: TicketAttachment[] = [];
    try {
      for await (const part of request.files()) {
        stored.push(
          await options.store.put(part.file, {
            filename: part.filename,
            declaredType: part.mimetype,
            maxBytes: ATTACHMENT_LIMITS.maxFileBytes,
          }),
        );
        if (part.file.truncated) throw new AttachmentTooLargeError(ATTACHMENT_LIMITS.maxFileBytes);
      }
    } catch (error) {
      const refusal = uploadRefusal(error);
      if (!refusal) throw error;
      return refuse(reply, refusal);
    }
    if (stored.length === 0) {
      return refuse(reply, { status: 400, reason: 'NO_FILES', message: 'Send at least one file.' });
    }
    return reply.code(201).send(stored);
  });

  app.get<{ Params: { hash: string }; Querystring: { ticket?: string; token?: string } }>(
    '/api/tickets/attachments/:hash',
    async (request, reply) => {
      const { hash } = request.params;
      if (!isAttachmentHash(hash)) {
        return refuse(reply, { status: 404, reason: 'ATTACHMENT_NOT_FOUND', message: 'No such file.' });
      }
      const decision = decideDownload(
        request.query,
        hash,
        request.headers.authorization,
        options.references,
        options.staffDirectory,
      );
      if (!decision.allowed) return refuse(reply, { ...decision, message: downloadMessage(decision.status) });
      const file = await options.store.open(hash);
      if (!file) return refuse(reply, { status: 404, reason: 'ATTACHMENT_NOT_FOUND', message: 'No such file.' });
      return sendFile(request, reply, decision.attachment, file);
    },
  );
}

function sendFile(
  _request: FastifyRequest,
  reply: FastifyReply,
  attachment: TicketAttachment,
  file: { size: number; stream(): NodeJS.ReadableStream },
) {
  return reply
    .header('content-type', downloadContentType(attachment.contentType))
    .header('content-length', file.size)
    .header('content-disposition', attachmentDisposition(attachment.filename))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.stream());
}

function downloadMessage(status: number): string {
  if (status === 401) return 'Sign in, or use the link you were sent.';
  if (status === 403) return 'Your role or department does not allow this.';
  return 'No such file.';
}

function uploadRefusal(error: unknown): Refusal | null {
  const code = (error as { code?: string } | null)?.code;
  if (error instanceof AttachmentTooLargeError || code === 'FST_REQ_FILE_TOO_LARGE') {
    const megabytes = ATTACHMENT_LIMITS.maxFileBytes / (1024 * 1024);
    return { status: 413, reason: 'ATTACHMENT_TOO_LARGE', message: `A file may be at most ${megabytes} MB.` };
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return {
      status: 413,
      reason: 'TOO_MANY_ATTACHMENTS',
      message: `At most ${ATTACHMENT_LIMITS.maxFiles} files at once.`,
    };
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_MULTIPART_INVALID_CONTENT_TYPE') {
    return { status: 415, reason: 'MULTIPART_REQUIRED', message: 'Send the files as multipart/form-data.' };
  }
  return null;
}
