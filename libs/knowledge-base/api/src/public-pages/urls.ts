/**
 * Addresses of the public pages. Article pages are `/kb/<locale>/<slug>`; error codes have a
 * stable address of their own, `/kb/errors/<code>` (the reader's language) or
 * `/kb/<locale>/errors/<code>`, where the code is written as search normalises it with dashes for
 * spaces (`1603`, `check-sum-fail`). Path segments are percent-encoded.
 */
import { normalizeText } from '@deskstream/search';
import { RESERVED_SLUGS } from '@deskstream/knowledge-base-domain';
import type { Locale } from '@deskstream/knowledge-base-domain';

export const KB_ROOT = '/kb';

/** Words under `/kb/<locale>/` that name pages, not articles (the decider refuses them as slugs). */
export const RESERVED_SEGMENTS = RESERVED_SLUGS;

const segment = (text: string) => encodeURIComponent(text);

export const homePath = (locale: Locale): string => `${KB_ROOT}/${locale}`;

export const articlePath = (locale: Locale, slug: string): string => `${KB_ROOT}/${locale}/${segment(slug)}`;

/** An error code as it appears in addresses: normalised, dashes for spaces. */
export const errorCodeKey = (code: string): string => normalizeText(code).replace(/ /g, '-');

export const errorCodePath = (code: string, locale?: Locale): string =>
  locale === undefined
    ? `${KB_ROOT}/errors/${segment(errorCodeKey(code))}`
    : `${KB_ROOT}/${locale}/errors/${segment(errorCodeKey(code))}`;

export const searchPath = (locale: Locale, query?: string): string =>
  `${KB_ROOT}/${locale}/search${query ? `?q=${encodeURIComponent(query)}` : ''}`;

export const askPath = (locale: Locale): string => `${KB_ROOT}/${locale}/ask`;

export const votePath = (locale: Locale): string => `${KB_ROOT}/${locale}/vote`;

/** An id for an element from any text (a product and a stage on the home page). */
export const anchorId = (...parts: string[]): string =>
  parts
    .map((part) =>
      normalizeText(part)
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, ''),
    )
    .join('--');
