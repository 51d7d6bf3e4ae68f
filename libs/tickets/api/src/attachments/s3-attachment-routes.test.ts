import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import Fastify, { type FastifyInstance } from 'fastify';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInStaff } from '@deskstream/access';
import { ATTACHMENT_LIMITS, type TicketAttachment } from '@deskstream/tickets-domain';
import { ticketAttachmentRoutes } from './attachment-routes';
import { S3AttachmentStore } from './s3-attachment-store';

const agent: SignedInStaff = { id: 'a', displayName: 'A', roles: ['AGENT'], departmentIds: ['dept-a'], sessionId: 's' };
const referenced: TicketAttachment[] = [];

let directory: string;
let server: S3rver;
let store: S3AttachmentStore;
let app: FastifyInstance;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'deskstream-s3-routes-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  store = new S3AttachmentStore({
    bucket: 'desk-files',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await store.client.send(new CreateBucketCommand({ Bucket: store.bucket }));
  app = Fastify();
  await app.register(ticketAttachmentRoutes, {
    store,
    staffDirectory: { identify: (header) => (header === 'Bearer agent' ? agent : 'NOT_SIGNED_IN') },
    references: {
      referencedByTicket: (ticketId, hash) => {
        const attachment = referenced.find((each) => each.hash === hash);
        return ticketId === 'ticket-1' && attachment ? { departmentId: 'dept-a', attachment } : null;
      },
      referencedByAccessToken: () => null,
    },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

async function upload(name: string, content: Uint8Array<ArrayBuffer>) {
  const body = new FormData();
  body.append('file', new Blob([content], { type: 'application/octet-stream' }), name);
  const response = new Response(body);
  return app.inject({
    method: 'POST',
    url: '/api/tickets/attachments',
    payload: Buffer.from(await response.arrayBuffer()),
    headers: { 'content-type': response.headers.get('content-type')!, authorization: 'Bearer agent' },
  });
}

describe('ticket files kept in an S3-compatible bucket', () => {
  it('are uploaded and downloaded through the routes byte for byte', async () => {
    const content = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    const uploaded = await upload('scan.bin', content);
    expect(uploaded.statusCode).toBe(201);
    const [kept] = uploaded.json() as TicketAttachment[];
    expect(kept!.hash).toBe(createHash('sha256').update(content).digest('hex'));
    referenced.push(kept!);
    const downloaded = await app.inject({
      method: 'GET',
      url: `/api/tickets/attachments/${kept!.hash}?ticket=ticket-1`,
      headers: { authorization: 'Bearer agent' },
    });
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-length']).toBe('200000');
    expect(downloaded.rawPayload.equals(Buffer.from(content))).toBe(true);
  });

  it('refuse a file over the limit with 413, keeping nothing of it', async () => {
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxFileBytes + 1).fill(7);
    const response = await upload('big.bin', big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'ATTACHMENT_TOO_LARGE' });
    const listed = await store.client.send(new ListObjectsV2Command({ Bucket: store.bucket }));
    const hashOfCut = createHash('sha256').update(big.subarray(0, ATTACHMENT_LIMITS.maxFileBytes)).digest('hex');
    expect((listed.Contents ?? []).map((object) => object.Key).filter((key) => key?.includes(hashOfCut))).toEqual([]);
  });

  it('answer 404 for a referenced file the bucket does not hold', async () => {
    referenced.push({ hash: 'f'.repeat(64), filename: 'gone.txt', contentType: 'text/plain', size: 1 });
    const response = await app.inject({
      method: 'GET',
      url: `/api/tickets/attachments/${'f'.repeat(64)}?ticket=ticket-1`,
      headers: { authorization: 'Bearer agent' },
    });
    expect(response.statusCode).toBe(404);
  });
});
