/** The language a text is written in, when its source did not say: by its script (fa, ja), Vietnamese letters, else en. */
import { FEEDBACK_LANGUAGES, type FeedbackLanguage } from './feedback-events';

const PERSIAN = /[\u0600-\u06FF]/;
const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;
/** Letters only Vietnamese uses among the four (ă â đ ê ô ơ ư and the tone marks on them). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

export const isFeedbackLanguage = (value: unknown): value is FeedbackLanguage =>
  typeof value === 'string' && (FEEDBACK_LANGUAGES as readonly string[]).includes(value);

export function guessLanguage(text: string): FeedbackLanguage {
  if (PERSIAN.test(text)) return 'fa';
  if (JAPANESE.test(text)) return 'ja';
  if (VIETNAMESE.test(text)) return 'vi';
  return 'en';
}

/** The source's language when it is one of the four, else the text's. */
export const languageOf = (given: string | null | undefined, text: string): FeedbackLanguage =>
  isFeedbackLanguage(given) ? given : guessLanguage(text);
