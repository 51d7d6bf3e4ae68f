/**
 * Typo tolerance: whether two terms are at most one edit apart (one letter inserted, dropped,
 * changed, or two neighbours swapped), and the one-letter deletions that find such candidates
 * without comparing a query against the whole vocabulary.
 */

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  const [longer, shorter] = lengthGap >= 0 ? [a, b] : [b, a];
  let start = 0;
  while (start < shorter.length && longer[start] === shorter[start]) start++;
  if (lengthGap !== 0) return longer.slice(start + 1) === shorter.slice(start);
  if (longer.slice(start + 1) === shorter.slice(start + 1)) return true; // one letter changed
  return (
    longer[start] === shorter[start + 1] &&
    longer[start + 1] === shorter[start] &&
    longer.slice(start + 2) === shorter.slice(start + 2)
  );
}

/** Every string made by dropping one letter of `term` (without repeats). */
export function oneLetterDeletions(term: string): string[] {
  const seen = new Set<string>();
  for (let index = 0; index < term.length; index++) seen.add(term.slice(0, index) + term.slice(index + 1));
  return [...seen];
}
