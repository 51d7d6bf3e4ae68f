/**
 * What one anonymous request may ask of the public knowledge base. Lists hold at most
 * `listSize` articles, as summaries: an article's body comes only with the single-article query,
 * so no list can multiply the largest field by its length.
 */
export const PUBLIC_LIMITS = {
  /** Articles one public list returns at most (`first`). */
  listSize: 50,
  /** Characters of an error code looked up. */
  errorCode: 64,
  /** Characters of a slug looked up. */
  slug: 200,
  /** Characters of a command id. */
  commandId: 128,
} as const;

/** Whether a list's `first` is within the public limit (0 to `listSize`). */
export const isPublicListSize = (first: number): boolean =>
  Number.isInteger(first) && first >= 0 && first <= PUBLIC_LIMITS.listSize;
