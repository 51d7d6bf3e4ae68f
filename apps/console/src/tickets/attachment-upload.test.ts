import { describe, expect, it, vi } from 'vitest';
import { ATTACHMENT_LIMITS, uploadTicketAttachments } from './attachment-upload';

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name, { type: 'text/plain' });

describe('uploading ticket attachments', () => {
  it('posts the files with the session and answers what was stored', async () => {
    const stored = [{ hash: 'ab'.repeat(32), filename: 'log.txt', contentType: 'text/plain', size: 10 }];
    const send = vi.fn(async () => new Response(JSON.stringify(stored), { status: 200 }));
    expect(await uploadTicketAttachments([file('log.txt')], 'tok', send)).toEqual({ ok: true, files: stored });
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/tickets/attachments');
    expect(init.headers).toEqual({ authorization: 'Bearer tok' });
    expect((init.body as FormData).getAll('file')).toHaveLength(1);
  });

  it('refuses too many or too large files before sending anything', async () => {
    const send = vi.fn();
    const many = Array.from({ length: ATTACHMENT_LIMITS.maxFiles + 1 }, (_, at) => file(`f${at}`));
    expect(await uploadTicketAttachments(many, 'tok', send)).toEqual({ ok: false, reason: 'TOO_MANY' });
    const large = { name: 'big.iso', size: ATTACHMENT_LIMITS.maxBytes + 1 } as File;
    expect(await uploadTicketAttachments([large], 'tok', send)).toEqual({ ok: false, reason: 'TOO_LARGE' });
    expect(send).not.toHaveBeenCalled();
  });

  it('tells a refusal from an unreachable server', async () => {
    expect(await uploadTicketAttachments([file('a')], 'tok', async () => new Response('', { status: 413 }))).toEqual({
      ok: false,
      reason: 'TOO_LARGE',
    });
    expect(
      await uploadTicketAttachments([file('a')], 'tok', async () => {
        throw new TypeError('offline');
      }),
    ).toEqual({ ok: false, reason: 'NETWORK_ERROR' });
  });
});
