import { authorizationFor } from '@deskstream/ui';
import { queryFromChoice, type PeriodChoice } from './period';

/**
 * The dashboard's figures as a file the api builds from the same filter (CSV, or an Excel
 * workbook), authorised like the GraphQL: the session's token goes in the header, so the file is
 * fetched and handed to the browser as a download under the name the api gives it.
 */
export const REPORT_URL = '/api/v1/operations/report';

export type ReportFormat = 'csv' | 'xlsx';
export type DownloadOutcome = { ok: true; fileName: string } | { ok: false; status: number | null };

export function reportAddress(format: ReportFormat, choice: PeriodChoice): string {
  const { from, to, by } = queryFromChoice(choice);
  return `${REPORT_URL}.${format}?${new URLSearchParams({ from, to, granularity: by }).toString()}`;
}

/** The file name from `Content-Disposition`, else one made of the period. */
export function fileNameOf(disposition: string | null, format: ReportFormat, choice: PeriodChoice): string {
  const named = /filename="([^"]+)"/.exec(disposition ?? '')?.[1];
  return named ?? `operations-${choice.from}-${choice.to}.${format}`;
}

/** Hands a file to the browser as a download, without a second request. */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function downloadReport(
  format: ReportFormat,
  choice: PeriodChoice,
  token: string | null,
  send: typeof fetch = (...args) => fetch(...args),
  save: (file: Blob, fileName: string) => void = saveFile,
): Promise<DownloadOutcome> {
  const authorization = authorizationFor(token);
  try {
    const response = await send(reportAddress(format, choice), {
      headers: authorization ? { authorization } : {},
      cache: 'no-store',
    });
    if (!response.ok) return { ok: false, status: response.status };
    const fileName = fileNameOf(response.headers.get('content-disposition'), format, choice);
    // The bytes as the api wrote them (the CSV's byte-order mark included, so spreadsheets read UTF-8).
    save(await response.blob(), fileName);
    return { ok: true, fileName };
  } catch {
    return { ok: false, status: null };
  }
}
