/**
 * Sending one file to the desk's attachment store (`POST /api/tickets/attachments`, multipart),
 * with its progress: the answer is the stored file's description (content hash, name, type,
 * size), which the form and the reply box then name by hash. XMLHttpRequest, because it reports
 * the upload's progress and `fetch` does not.
 */
import type { InjectionKey } from 'vue';

export const ATTACHMENTS_PATH = '/api/tickets/attachments';

export interface StoredAttachment {
  hash: string;
  filename: string;
  contentType: string;
  size: number;
}

/** Why an upload failed, as the form words it. */
export type UploadFailure = 'TOO_LARGE' | 'TOO_MANY' | 'RATE_LIMITED' | 'NETWORK' | 'FAILED';

export type UploadResult = { ok: true; stored: StoredAttachment } | { ok: false; failure: UploadFailure };

export interface UploadOptions {
  /** From 0 to 1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export type Uploader = (file: File, options?: UploadOptions) => Promise<UploadResult>;

/** The failure an answer stands for, from its status and its reason (`error` in the upload route's answers). */
export function uploadFailureOf(status: number, body: unknown): UploadFailure {
  const answer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const reason = String(answer['reason'] ?? answer['error'] ?? '');
  if (status === 429 || reason.includes('RATE_LIMITED')) return 'RATE_LIMITED';
  if (status === 413 || reason.includes('TOO_LARGE')) return 'TOO_LARGE';
  if (reason.includes('TOO_MANY')) return 'TOO_MANY';
  if (status === 0) return 'NETWORK';
  return 'FAILED';
}

const isStored = (value: unknown): value is StoredAttachment => {
  if (typeof value !== 'object' || value === null) return false;
  const each = value as Record<string, unknown>;
  return typeof each['hash'] === 'string' && typeof each['filename'] === 'string' && typeof each['size'] === 'number';
};

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Uploads one file; resolves (never rejects) with the stored file or why not. */
export const uploadAttachment: Uploader = (file, options = {}) =>
  new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.append('file', file, file.name);
    request.open('POST', ATTACHMENTS_PATH);
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = parse(request.responseText);
      const first = Array.isArray(answer) ? answer[0] : null;
      if (request.status >= 200 && request.status < 300 && isStored(first)) {
        options.onProgress?.(1);
        resolve({ ok: true, stored: first });
      } else resolve({ ok: false, failure: uploadFailureOf(request.status, answer) });
    };
    request.onerror = () => resolve({ ok: false, failure: 'NETWORK' });
    request.onabort = () => resolve({ ok: false, failure: 'NETWORK' });
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });

/** Tests give the stores another uploader through this key. */
export const attachmentUploaderKey: InjectionKey<Uploader> = Symbol('ticket attachment uploader');
