import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignedInStaff, StaffDirectory } from '@deskstream/access';
import { ATTACHMENT_LIMITS, type TicketAttachment } from '@deskstream/tickets-domain';
import { accessTokenHashOf, type AttachmentReferences } from './attachment-access';
import { ticketAttachmentRoutes } from './attachment-routes';
import { FileSystemAttachmentStore } from './fs-attachment-store';

const staff = (roles: SignedInStaff['roles'], departmentIds: string[]): SignedInStaff => ({
  id: `staff-${roles.join('-')}`,
  displayName: 'Staff',
  roles,
  departmentIds,
  sessionId: 's',
});
const SESSIONS: Record<string, SignedInStaff> = {
  'Bearer agent-a': staff(['AGENT'], ['dept-a']),
  'Bearer agent-b': staff(['AGENT'], ['dept-b']),
  'Bearer supervisor': staff(['SUPERVISOR'], []),
  'Bearer product': staff(['PRODUCT'], []),
};
const directory: StaffDirectory = { identify: (header) => (header && SESSIONS[header]) || 'NOT_SIGNED_IN' };
const SECRET = 'the-secret-link-token';

let dataDir: string;
let app: FastifyInstance;
let referenced: TicketAttachment[];
const references: AttachmentReferences = {
  referencedByTicket: (ticketId, hash) => {
    const attachment = referenced.find((each) => each.hash === hash);
    return ticketId === 'ticket-1' && attachment ? { departmentId: 'dept-a', attachment } : null;
  },
  referencedByAccessToken: (tokenHash, hash) =>
    (tokenHash === accessTokenHashOf(SECRET) && referenced.find((each) => each.hash === hash)) || null,
};

async function form(files: { name: string; type: string; content: Uint8Array<ArrayBuffer> | string }[]) {
  const body = new FormData();
  for (const file of files) body.append('file', new Blob([file.content], { type: file.type }), file.name);
  const response = new Response(body);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    headers: { 'content-type': response.headers.get('content-type')! },
  };
}

async function upload(files: Parameters<typeof form>[0], authorization?: string) {
  const { payload, headers } = await form(files);
  return app.inject({
    method: 'POST',
    url: '/api/tickets/attachments',
    payload,
    headers: { ...headers, ...(authorization ? { authorization } : {}) },
  });
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-attachment-routes-'));
  referenced = [];
  app = Fastify();
  await app.register(ticketAttachmentRoutes, {
    store: new FileSystemAttachmentStore(dataDir),
    references,
    staffDirectory: directory,
    floodLimits: { upload: { max: 3, windowMs: 60_000 } },
  });
  await app.ready();
});
afterEach(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('uploading ticket files', () => {
  it('keeps each file and answers hash, safe name, sniffed type and size', async () => {
    const response = await upload([
      { name: 'notes.txt', type: 'text/plain', content: 'first' },
      { name: '../../evil.html', type: 'text/html', content: '<script>alert(1)</script>' },
    ]);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual([
      {
        hash: createHash('sha256').update('first').digest('hex'),
        filename: 'notes.txt',
        contentType: 'text/plain',
        size: 5,
      },
      expect.objectContaining({ filename: 'evil.html', contentType: 'text/plain' }),
    ]);
  });

  it('refuses a file over the size limit with 413, keeping nothing of it', async () => {
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxFileBytes + 1).fill(7);
    const response = await upload(
      [{ name: 'big.bin', type: 'application/octet-stream', content: big }],
      'Bearer agent-a',
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'ATTACHMENT_TOO_LARGE' });
    // Not even the part up to the limit is kept.
    const cut = createHash('sha256').update(big.subarray(0, ATTACHMENT_LIMITS.maxFileBytes)).digest('hex');
    expect(await new FileSystemAttachmentStore(dataDir).open(cut)).toBeNull();
  });

  it('refuses more files than allowed with 413', async () => {
    const files = Array.from({ length: ATTACHMENT_LIMITS.maxFiles + 1 }, (_, i) => ({
      name: `f${i}.txt`,
      type: 'text/plain',
      content: `file ${i}`,
    }));
    const response = await upload(files, 'Bearer agent-a');
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'TOO_MANY_ATTACHMENTS' });
  });

  it('refuses a request that is not multipart, or has no file', async () => {
    const plain = await app.inject({ method: 'POST', url: '/api/tickets/attachments', payload: { a: 1 } });
    expect(plain.statusCode).toBe(415);
    expect((await upload([], 'Bearer agent-a')).statusCode).toBe(400);
  });

  it('holds anonymous uploads to the flood guard, not staff', async () => {
    const file = [{ name: 'a.txt', type: 'text/plain', content: 'a' }];
    for (let i = 0; i < 3; i++) expect((await upload(file)).statusCode).toBe(201);
    expect((await upload(file)).statusCode).toBe(429);
    expect((await upload(file, 'Bearer agent-b')).statusCode).toBe(201);
  });
});

describe('downloading ticket files', () => {
  let hash: string;
  beforeEach(async () => {
    const [kept] = (
      await upload([{ name: 'رسید.pdf', type: 'application/pdf', content: '%PDF-1.4 a receipt' }])
    ).json();
    referenced.push(kept);
    hash = kept.hash;
  });

  const download = (query: string, authorization?: string) =>
    app.inject({
      method: 'GET',
      url: `/api/tickets/attachments/${hash}?${query}`,
      headers: authorization ? { authorization } : {},
    });

  it('sends the file as an attachment that the browser will not sniff', async () => {
    const response = await download('ticket=ticket-1', 'Bearer agent-a');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('%PDF-1.4 a receipt');
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('رسید.pdf')}`,
    );
  });

  it('lets staff of the department, supervisors and the secret link in; nobody else', async () => {
    expect((await download('ticket=ticket-1', 'Bearer supervisor')).statusCode).toBe(200);
    expect((await download(`token=${SECRET}`)).statusCode).toBe(200);
    expect((await download('ticket=ticket-1', 'Bearer agent-b')).statusCode).toBe(403);
    expect((await download('ticket=ticket-1', 'Bearer product')).statusCode).toBe(403);
    expect((await download('ticket=ticket-1')).statusCode).toBe(401);
    expect((await download('token=wrong-token')).statusCode).toBe(404);
  });

  it('answers 404 for a file the ticket does not reference, or a malformed hash', async () => {
    referenced.length = 0;
    expect((await download('ticket=ticket-1', 'Bearer agent-a')).statusCode).toBe(404);
    expect((await download(`token=${SECRET}`)).statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'GET',
      url: '/api/tickets/attachments/..%2F..%2Fetc?ticket=ticket-1',
    });
    expect(malformed.statusCode).toBe(404);
  });
});
