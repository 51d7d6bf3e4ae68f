import { describe, expect, it, vi } from 'vitest';
import { downloadReportCsv, reportCsvAddress, reportCsvFileName } from './report-csv';
import { defaultChoice } from './report-filter';

const choice = { ...defaultChoice(), product: 'noor-desk', kind: 'BUG' as const, from: '2026-09-09', to: '2026-12-07' };

describe('the report’s CSV per view', () => {
  it('asks the api for the view with the page’s filter, the bucket always named', () => {
    expect(reportCsvAddress('trend', choice)).toBe(
      '/api/v1/feedback/report.csv?view=trend&product=noor-desk&kind=BUG&from=2026-09-09&to=2026-12-07&bucket=WEEK',
    );
    expect(reportCsvAddress('items', defaultChoice(), { topicId: 't 1' })).toBe(
      '/api/v1/feedback/report.csv?view=items&topicId=t+1&bucket=WEEK',
    );
    expect(reportCsvFileName('topics', choice)).toBe('feedback-topics-2026-09-09-2026-12-07.csv');
    expect(reportCsvFileName('summary', defaultChoice())).toBe('feedback-summary.csv');
  });

  it('sends the session’s token and saves the file the api wrote', async () => {
    const send = vi.fn(async () => new Response('\uFEFFkind,count\r\nBUG,3\r\n', { status: 200 }));
    const save = vi.fn();
    expect(await downloadReportCsv('summary', choice, 'tok', {}, send, save)).toEqual({ ok: true });
    const [, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ authorization: 'Bearer tok' });
    expect(save).toHaveBeenCalledWith(
      '\uFEFFkind,count\r\nBUG,3\r\n',
      'feedback-summary-2026-09-09-2026-12-07.csv',
      'text/csv;charset=utf-8',
    );
  });

  it('says why nothing was saved', async () => {
    const save = vi.fn();
    const answer = (status: number) => vi.fn(async () => new Response('no', { status }));
    expect(await downloadReportCsv('summary', choice, 'tok', {}, answer(403), save)).toEqual({
      ok: false,
      reason: 'FORBIDDEN',
    });
    expect(await downloadReportCsv('summary', choice, null, {}, answer(401), save)).toEqual({
      ok: false,
      reason: 'UNAUTHENTICATED',
    });
    expect(await downloadReportCsv('summary', choice, 'tok', {}, answer(500), save)).toEqual({
      ok: false,
      reason: 'REFUSED',
    });
    const offline = vi.fn(async () => Promise.reject(new TypeError('offline')));
    expect(await downloadReportCsv('summary', choice, 'tok', {}, offline, save)).toEqual({
      ok: false,
      reason: 'NETWORK_ERROR',
    });
    expect(save).not.toHaveBeenCalled();
  });
});
