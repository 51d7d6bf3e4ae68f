import { describe, expect, it, vi } from 'vitest';
import { downloadReport, fileNameOf, reportAddress } from './report-download';

const CHOICE = { from: '2026-02-24', to: '2026-03-02', granularity: 'SHIFT' } as const;

describe('the dashboard’s files', () => {
  it('asks the api for the period and granularity shown, with the session’s token', async () => {
    const send = vi.fn(
      async () =>
        new Response('\uFEFFbucket,received\r\n', {
          headers: { 'content-disposition': 'attachment; filename="operations-2026-02-24-2026-03-02-shift.csv"' },
        }),
    );
    const save = vi.fn();
    const outcome = await downloadReport('csv', CHOICE, 'tok', send as unknown as typeof fetch, save);
    expect(outcome).toEqual({ ok: true, fileName: 'operations-2026-02-24-2026-03-02-shift.csv' });
    const [address, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(address).toBe('/api/v1/operations/report.csv?from=2026-02-24&to=2026-03-02&granularity=SHIFT');
    expect(init.headers).toEqual({ authorization: 'Bearer tok' });
    const [file, name] = save.mock.calls[0] as [Blob, string];
    expect(name).toBe('operations-2026-02-24-2026-03-02-shift.csv');
    // The byte-order mark stays, so spreadsheets read the file as UTF-8.
    expect([...new Uint8Array(await file.arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('says the download failed when the api refuses or cannot be reached, and saves nothing', async () => {
    const save = vi.fn();
    const refused = vi.fn(async () => new Response('{}', { status: 403 }));
    expect(await downloadReport('xlsx', CHOICE, 'tok', refused as unknown as typeof fetch, save)).toEqual({
      ok: false,
      status: 403,
    });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await downloadReport('xlsx', CHOICE, null, offline as unknown as typeof fetch, save)).toEqual({
      ok: false,
      status: null,
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('names the file after the period when the api gives no name', () => {
    expect(reportAddress('xlsx', CHOICE)).toContain('/api/v1/operations/report.xlsx?');
    expect(fileNameOf(null, 'xlsx', CHOICE)).toBe('operations-2026-02-24-2026-03-02.xlsx');
  });
});
