/**
 * What one document contributes to the index: for each term, a weight summed over the fields it
 * appears in (field weight × a saturating count). Beside its words, a document is indexed under
 * its neighbouring words joined (`joinable`), so a word written apart meets the same word written
 * as one: `نمی شود` meets `نمی‌شود` (ZWNJ is dropped by `normalizeText`, so that is `نمیشود`),
 * at a word's weight, and `Check Sum` meets `checksum`, at `JOINED_WEIGHT` of a word's weight.
 */
import { FIELD_WEIGHTS, JOINED_WEIGHT, type SearchField } from './limits';
import { tokenize } from './tokenize';

const ARABIC_SCRIPT_WORD = /^\p{Script=Arabic}+$/u;
const LATIN_WORD = /^[a-z]{2,}$/;
const isLatinWord = (word: string): boolean => LATIN_WORD.test(word);
/** A Persian part this short is probably a prefix or suffix (می، نمی، ها، های، ای) or half of a compound. */
const SHORT_PART = 3;

/**
 * Whether two neighbouring words may be one word written apart: Persian (Arabic script) words
 * where one is a short part, and, when `latin` is set, two Latin words of two letters or more.
 */
export function joinable(left: string, right: string, latin: boolean): boolean {
  if (latin && isLatinWord(left) && isLatinWord(right)) return true;
  return (
    (left.length <= SHORT_PART || right.length <= SHORT_PART) &&
    ARABIC_SCRIPT_WORD.test(left) &&
    ARABIC_SCRIPT_WORD.test(right)
  );
}

/** Latin words are joined in the short fields only: a body's every pair would double the index for little. */
const JOINS_LATIN: Readonly<Record<SearchField, boolean>> = {
  title: true,
  errorCodes: true,
  symptoms: true,
  tags: true,
  body: false,
};

export type FieldTexts = Partial<Record<SearchField, string | readonly string[]>>;

export interface DocumentTerms {
  /** The document's words and their weights (joined words that are also words included). */
  words: Map<string, number>;
  /** Joined neighbours that are not words of the document, and their weights. */
  joined: Map<string, number>;
}

export function termWeights(fields: FieldTexts): DocumentTerms {
  const words = new Map<string, Map<SearchField, number>>();
  const joins = new Map<string, Map<SearchField, number>>();
  const count = (counts: typeof words, term: string, field: SearchField) => {
    let perField = counts.get(term);
    if (!perField) counts.set(term, (perField = new Map()));
    perField.set(field, (perField.get(field) ?? 0) + 1);
  };
  for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
    const value = fields[field];
    if (value === undefined) continue;
    for (const text of typeof value === 'string' ? [value] : value) {
      const terms = tokenize(text);
      terms.forEach((term, index) => {
        count(words, term, field);
        const next = terms[index + 1];
        if (next !== undefined && joinable(term, next, JOINS_LATIN[field])) count(joins, term + next, field);
      });
    }
  }
  const result: DocumentTerms = { words: new Map(), joined: new Map() };
  for (const [term, perField] of words)
    result.words.set(term, weightOf(perField) + joinedWeight(term) * weightOf(joins.get(term)));
  for (const [term, perField] of joins)
    if (!words.has(term)) result.joined.set(term, joinedWeight(term) * weightOf(perField));
  return result;
}

/** A Persian word with its prefix or suffix apart is the same word; Latin words run together may be a coincidence. */
const joinedWeight = (term: string): number => (isLatinWord(term) ? JOINED_WEIGHT : 1);

function weightOf(perField: Map<SearchField, number> | undefined): number {
  let weight = 0;
  for (const [field, times] of perField ?? []) weight += FIELD_WEIGHTS[field] * (1 + Math.log(Math.max(1, times)));
  return weight;
}
