/**
 * How alike two feedback texts are, across languages: the triage queue's topic suggestions.
 *
 * A text becomes weighted features through the project's multilingual normaliser
 * (`@deskstream/search`): version numbers (digits folded first, so `۲٫۱` is `2.1`) and error codes
 * (`E-1042`, `0x80070005`) weigh most; support's words in any of the four languages map onto one
 * concept each (so `crashes`, `بسته می‌شود` and `クラッシュ` meet), weighing more than plain words;
 * other words count least, stop words not at all. Two texts' similarity is the weighted Jaccard of
 * their features, raised when both are about the same product. Pure.
 */
import { normalizeText, splitWords } from '@deskstream/search';
import { CONCEPT_OF, STOP_WORDS } from './similarity-lexicon';

export const SIMILARITY_WEIGHTS = { code: 4, version: 3, concept: 2, word: 1 } as const;
/** Added to the score (up to 1) when both texts are about the same product. */
export const SAME_PRODUCT_BONUS = 0.15;
/** Below this a topic or item is not suggested. */
export const SUGGESTION_THRESHOLD = 0.3;

/** Feature → weight. Keys are prefixed by their kind: `c:e-1042`, `v:2.1`, `k:crash`, `w:scanner`. */
export type TextFeatures = ReadonlyMap<string, number>;

const DECIMAL_SEPARATOR = /(\d)\s*[٫.]\s*(?=\d)/g;
const VERSION = /\b\d+(?:\.\d+)+\b/g;
/** Letters then digits (`e-1042`, `err_17`, `ks404`), or hexadecimal codes. */
const CODE = /\b(?:0x[0-9a-f]{4,}|[a-z]{1,6}[-_]?\d{2,})\b/g;

/** English words without their inflection, so `crashes`, `crashed` and `crashing` are one. */
function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's'])
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

/** Persian words without a trailing plural or ezafe, so `خطاها` and `خطای` meet `خطا`. */
function persianBase(word: string): string {
  if (!/^[\u0600-\u06FF]+$/.test(word) || word.length <= 3) return word;
  for (const suffix of ['های', 'ها', 'ی'])
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  return word;
}

export function textFeatures(text: string): TextFeatures {
  const features = new Map<string, number>();
  const add = (key: string, weight: number) => features.set(key, Math.max(features.get(key) ?? 0, weight));
  const normalized = normalizeText(text).replace(DECIMAL_SEPARATOR, '$1.');
  for (const match of normalized.matchAll(VERSION)) add(`v:${match[0]}`, SIMILARITY_WEIGHTS.version);
  for (const match of normalized.matchAll(CODE))
    add(`c:${match[0].replace('_', '-').replace(/^([a-z]+)(\d)/, '$1-$2')}`, SIMILARITY_WEIGHTS.code);
  const words = splitWords(normalized.replace(VERSION, ' ').replace(CODE, ' '));
  const used = new Set<number>();
  for (let index = 0; index + 1 < words.length; index++) {
    const concept = CONCEPT_OF.get(`${words[index]} ${words[index + 1]}`);
    if (!concept) continue;
    add(`k:${concept}`, SIMILARITY_WEIGHTS.concept);
    used.add(index).add(index + 1);
  }
  words.forEach((word, index) => {
    if (used.has(index) || STOP_WORDS.has(word) || /^\d+$/.test(word)) return;
    const base = persianBase(stem(word));
    const concept = CONCEPT_OF.get(word) ?? CONCEPT_OF.get(base);
    if (concept) add(`k:${concept}`, SIMILARITY_WEIGHTS.concept);
    else if ([...base].length > 1 || /\p{Script=Han}/u.test(base)) add(`w:${base}`, SIMILARITY_WEIGHTS.word);
  });
  return features;
}

/** Weighted Jaccard of two feature sets: 0 (nothing shared) to 1 (the same features). */
export function featureSimilarity(a: TextFeatures, b: TextFeatures): number {
  let shared = 0;
  let union = 0;
  for (const [key, weight] of a) {
    const other = b.get(key);
    if (other === undefined) union += weight;
    else {
      shared += Math.min(weight, other);
      union += Math.max(weight, other);
    }
  }
  for (const [key, weight] of b) if (!a.has(key)) union += weight;
  return union === 0 ? 0 : shared / union;
}

export interface Comparable {
  features: TextFeatures;
  product: string | null;
}

/** The suggestion score of two texts: their feature similarity, raised when they share a product. */
export function similarity(a: Comparable, b: Comparable): number {
  const base = featureSimilarity(a.features, b.features);
  if (base === 0) return 0;
  const sameProduct = a.product !== null && a.product === b.product;
  return Math.min(1, base + (sameProduct ? SAME_PRODUCT_BONUS : 0));
}
