/** How much one search may ask for, so a pasted essay or a flood of keystrokes stays cheap. */
export const SEARCH_LIMITS = {
  /** Characters of a query that are read; the rest is ignored (and the result says so). */
  maxQueryLength: 200,
  /** Terms of a query that are matched, after normalising. */
  maxQueryTerms: 12,
  /** Hits one search returns at most. */
  maxResults: 50,
  /** Terms of the vocabulary one typed prefix may stand for (the most frequent are kept). */
  prefixExpansions: 30,
  /** Terms scanned for a prefix before the most frequent are chosen. */
  prefixScan: 400,
  /** Shortest prefix expanded (a single letter would match half the vocabulary); Japanese expands from one. */
  minPrefixLength: 2,
} as const;

/** Field weights: a word in the title counts most, then error codes, symptoms, tags, the body. */
export const FIELD_WEIGHTS = {
  title: 8,
  errorCodes: 6,
  symptoms: 4,
  tags: 2,
  body: 1,
} as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

/**
 * A document's neighbouring Latin words joined (`Check Sum` as `checksum`) weigh this much of a
 * word in the same field, so a document that has the word itself comes first. Persian words
 * joined to their short part (`نمی شود` as `نمیشود`) are the same word, and weigh as one.
 */
export const JOINED_WEIGHT = 0.5;

/**
 * How much a term found another way counts against an exact match. `joined`: query words found
 * as one word (`check sum` finding `checksum`); each of the two counts it at this factor.
 */
export const MATCH_FACTORS = { exact: 1, joined: 0.9, prefix: 0.6, typo: 0.45 } as const;
