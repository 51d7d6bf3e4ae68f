import { authorizationFor, downloadDocument } from '@deskstream/ui';
import { queryFromChoice, type ReportChoice } from './report-filter';

/**
 * The report's CSV, one per view, built by the api from the same filter as the page (so the file
 * holds every row, not only those shown) and authorised like the GraphQL: the staff session's
 * token goes in the header, so the file is fetched and handed to the browser as a download.
 */
export const REPORT_CSV_URL = '/api/v1/feedback/report.csv';

export type ReportView = 'summary' | 'trend' | 'topics' | 'notFound' | 'satisfaction' | 'items';

export type CsvOutcome =
  { ok: true } | { ok: false; reason: 'FORBIDDEN' | 'UNAUTHENTICATED' | 'REFUSED' | 'NETWORK_ERROR' };

/** The address of one view's CSV for a choice (and a topic, for the drill-down of a topic). */
export function reportCsvAddress(view: ReportView, choice: ReportChoice, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ view, ...queryFromChoice(choice), ...extra });
  // The CSV names the bucket even when it is the page's default.
  if (!query.has('bucket')) query.set('bucket', choice.bucket);
  return `${REPORT_CSV_URL}?${query.toString()}`;
}

/** The file's name: the view and its period, e.g. `feedback-trend-2026-09-09-2026-12-07.csv`. */
export function reportCsvFileName(view: ReportView, choice: ReportChoice): string {
  const period = [choice.from, choice.to].filter(Boolean).join('-');
  return `feedback-${view}${period ? `-${period}` : ''}.csv`;
}

export async function downloadReportCsv(
  view: ReportView,
  choice: ReportChoice,
  token: string | null,
  extra: Record<string, string> = {},
  send: typeof fetch = (...args) => fetch(...args),
  save: (content: string, filename: string, type: string) => void = downloadDocument,
): Promise<CsvOutcome> {
  const authorization = authorizationFor(token);
  try {
    const response = await send(reportCsvAddress(view, choice, extra), {
      headers: { accept: 'text/csv', ...(authorization ? { authorization } : {}) },
      cache: 'no-store',
    });
    if (response.status === 401) return { ok: false, reason: 'UNAUTHENTICATED' };
    if (response.status === 403) return { ok: false, reason: 'FORBIDDEN' };
    if (!response.ok) return { ok: false, reason: 'REFUSED' };
    // Reading the text drops the byte-order mark the api wrote; spreadsheets need it to read UTF-8.
    const text = await response.text();
    save(text.startsWith('\uFEFF') ? text : `\uFEFF${text}`, reportCsvFileName(view, choice), 'text/csv;charset=utf-8');
    return { ok: true };
  } catch {
    return { ok: false, reason: 'NETWORK_ERROR' };
  }
}
