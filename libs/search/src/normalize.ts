/**
 * The one normalising function: indexing and querying both go through it, so a word typed in any
 * of the ways people write it finds the same entries.
 *
 * - NFKC (full-width Latin and digits, Arabic presentation forms, half-width katakana);
 * - Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, so `۱۶۰۳` is `1603`;
 * - Arabic letter forms to the Persian ones: ك→ک, ي/ى→ی, ة→ه (and hamza carriers أ إ آ ٱ → ا,
 *   ؤ → و, ئ → ی, ۀ → ه, which people type either way);
 * - tatweel, harakat and invisible joiners and marks (ZWNJ, ZWJ, bidi controls) dropped, so
 *   `می‌شود` and `میشود` are one word;
 * - Latin diacritics folded (Vietnamese tone and vowel marks: `lỗi cài đặt` → `loi cai dat`, đ → d);
 * - lowercase; runs of white space become one space.
 *
 * Japanese is not split here: the tokenizer segments it, after this.
 */

const ARABIC_SCRIPT_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
/** Combining marks of the Latin, Greek and Cyrillic alphabets (U+0300–U+036F), exposed by NFD. */
const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;
/** Tatweel, soft hyphen, zero-width (non-)joiners and spaces, bidi controls, BOM. */
const INVISIBLES = /[\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WHITE_SPACE = /\s+/gu;

const LETTER_FORMS: Readonly<Record<string, string>> = {
  '\u0643': '\u06A9', // ك → ک
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0629': '\u0647', // ة → ه
  '\u06D5': '\u0647', // ە (what ۀ decomposes to) → ه
  '\u06C1': '\u0647', // ہ → ه
  '\u0671': '\u0627', // ٱ → ا
  '\u0111': 'd', //      đ → d
  '\u0110': 'd', //      Đ → d
};
const LETTER_FORM_PATTERN = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'g');

/** Persian ۰–۹ (U+06F0–U+06F9) and Arabic-Indic ٠–٩ (U+0660–U+0669) to ASCII. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toAsciiDigit = (digit: string): string => String(digit.charCodeAt(0) & 0x0f);

/** Only text that has anything to fold pays for the decomposition. */
const NEEDS_DECOMPOSITION = /[^ -~\t\n\r]/;

export function normalizeText(text: string): string {
  let result = text.normalize('NFKC');
  if (NEEDS_DECOMPOSITION.test(result)) {
    // NFD exposes hamza, madda and Latin accents as marks; dropping them folds the letter forms.
    result = result
      .normalize('NFD')
      .replace(ARABIC_SCRIPT_MARKS, '')
      .replace(LATIN_COMBINING_MARKS, '')
      .replace(INVISIBLES, '')
      .replace(EASTERN_DIGITS, toAsciiDigit)
      .replace(LETTER_FORM_PATTERN, (letter) => LETTER_FORMS[letter]!)
      .normalize('NFC');
  }
  return result.toLowerCase().replace(WHITE_SPACE, ' ').trim();
}
