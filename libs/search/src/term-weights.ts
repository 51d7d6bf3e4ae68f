/**
 * What one document contributes to the index: for each term, a weight summed over the fields it
 * appears in (field weight × a saturating count), plus the Persian compounds written with a space
 * (`نرم افزار`) joined, so they meet the same word written with ZWNJ or nothing (`نرم‌افزار`).
 */
import { FIELD_WEIGHTS, type SearchField } from './limits';
import { tokenize } from './tokenize';

const ARABIC_SCRIPT_WORD = /^\p{Script=Arabic}+$/u;
/** A Persian part this short is probably a prefix or suffix (می، نمی، ها، ای) or half of a compound. */
const SHORT_PART = 3;

/** Whether two neighbouring words may be one word written apart. */
export function joinable(left: string, right: string): boolean {
  return (
    (left.length <= SHORT_PART || right.length <= SHORT_PART) && ARABIC_SCRIPT_WORD.test(left) && ARABIC_SCRIPT_WORD.test(right)
  );
}

export type FieldTexts = Partial<Record<SearchField, string | readonly string[]>>;

export function termWeights(fields: FieldTexts): Map<string, number> {
  const counts = new Map<string, Map<SearchField, number>>();
  const count = (term: string, field: SearchField, amount: number) => {
    let perField = counts.get(term);
    if (!perField) counts.set(term, (perField = new Map()));
    perField.set(field, (perField.get(field) ?? 0) + amount);
  };
  for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
    const value = fields[field];
    if (value === undefined) continue;
    for (const text of typeof value === 'string' ? [value] : value) {
      const terms = tokenize(text);
      terms.forEach((term, index) => {
        count(term, field, 1);
        const next = terms[index + 1];
        if (next !== undefined && joinable(term, next)) count(term + next, field, 1);
      });
    }
  }
  const weights = new Map<string, number>();
  for (const [term, perField] of counts) {
    let weight = 0;
    for (const [field, times] of perField) weight += FIELD_WEIGHTS[field] * (1 + Math.log(Math.max(1, times)));
    weights.set(term, weight);
  }
  return weights;
}
