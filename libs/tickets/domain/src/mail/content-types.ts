/**
 * Content types: a file's type is read from its bytes, never believed from the sender; text the
 * sender called text is kept as plain text; and types a browser would run (HTML, SVG, XML,
 * scripts) are only ever offered as an opaque download.
 */

const OCTET_STREAM = 'application/octet-stream';
const KEPT_TEXT_TYPES = new Set(['text/plain', 'text/csv', 'text/calendar']);
const ACTIVE = /(html|xml|svg|javascript|ecmascript|x-sh|wasm|x-msdownload)/i;

/**
 * The type to keep: the sniffed type when the bytes told one, else plain text for declared text
 * without NUL bytes, else opaque bytes.
 */
export function keptContentType(sniffed: string | null, declared: string | null, looksBinary: boolean): string {
  if (sniffed) return ACTIVE.test(sniffed) ? OCTET_STREAM : sniffed;
  const base = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!looksBinary && base.startsWith('text/')) return KEPT_TEXT_TYPES.has(base) ? base : 'text/plain';
  return OCTET_STREAM;
}

/** The `Content-Type` a download is sent with: never one a browser would render as a page or run. */
export function downloadContentType(kept: string): string {
  const base = kept.split(';')[0]!.trim().toLowerCase();
  if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(base) || ACTIVE.test(base)) return OCTET_STREAM;
  return base.startsWith('text/') ? `${base}; charset=utf-8` : base;
}
