/**
 * Text to search terms: normalised (`normalizeText`), split into words at anything that is not a
 * letter, mark or digit, and Japanese (written without spaces) segmented into words with
 * `Intl.Segmenter('ja', { granularity: 'word' })`. Only runs of Japanese script pay for the
 * segmenter; Persian, Vietnamese and English split on the regular expression.
 */
import { normalizeText } from './normalize';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Han, hiragana, katakana (with the prolonged-sound mark), and half-width forms after NFKC. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;

let segmenter: Intl.Segmenter | undefined;
const japaneseSegmenter = () => (segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' }));

/** True when the term is Japanese: a single kanji is already a word, and segmentation can differ between a phrase and its prefix. */
export const isJapaneseTerm = (term: string): boolean => JAPANESE.test(term);

/** Words of already-normalised text, in order. */
export function splitWords(normalized: string): string[] {
  const words: string[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (!JAPANESE.test(word)) {
      words.push(word);
      continue;
    }
    for (const piece of japaneseSegmenter().segment(word)) {
      if (piece.isWordLike) words.push(piece.segment);
    }
  }
  return words;
}

/** The search terms of any text: what is indexed and what is looked up. */
export function tokenize(text: string): string[] {
  return splitWords(normalizeText(text));
}
