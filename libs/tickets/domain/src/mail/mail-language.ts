/**
 * The language to answer a mail's sender in (fa, en, ja or vi): the mail's own Content-Language
 * when it names one of them, else the script of its words — Persian's Arabic script, Japanese
 * kana and kanji, Vietnamese's stacked diacritics — else English.
 */
import { REQUESTER_LANGUAGES, type RequesterLanguage } from '../limits';

const PERSIAN = /[\u0600-\u06ff\ufb50-\ufdff]/g;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/g;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;

export function mailLanguage(contentLanguage: string | null, text: string): RequesterLanguage {
  const declared = contentLanguage?.trim().slice(0, 2).toLowerCase();
  if (declared && (REQUESTER_LANGUAGES as readonly string[]).includes(declared)) return declared as RequesterLanguage;
  const sample = text.slice(0, 2_000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const scores: [RequesterLanguage, number][] = [
    ['fa', count(PERSIAN)],
    ['ja', count(JAPANESE)],
    ['vi', count(VIETNAMESE) * 3],
  ];
  const [best, score] = scores.sort((a, b) => b[1] - a[1])[0]!;
  return score >= 3 ? best : 'en';
}
