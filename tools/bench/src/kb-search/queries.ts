/**
 * What visitors type, for the search benchmark: error codes in ASCII and Persian digits, Persian
 * phrases (with ZWNJ, with a space), Japanese phrases without spaces, Vietnamese with and without
 * tone marks, English with typos, and every prefix of a query as it is typed.
 */
import { LOCALES, type Locale } from '@deskstream/knowledge-base-domain';
import { randomGenerator, vocabularies } from './generate-articles';

export interface BenchQuery {
  text: string;
  locale: Locale | undefined;
}

const toPersianDigits = (text: string) =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
const withoutTones = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
const withTypo = (word: string) => (word.length < 5 ? word : word.slice(0, 2) + word[3] + word[2] + word.slice(4));

export function benchQueries(count: number, seed = 1628): BenchQuery[] {
  const random = randomGenerator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = vocabularies();
  const code = () => String(1000 + Math.floor(random() * 2000));
  const phrase = (locale: Locale, length: number) =>
    Array.from({ length }, () => pick(words[locale])).join(locale === 'ja' ? '' : ' ');
  const makers: (() => BenchQuery)[] = [
    () => ({ text: code(), locale: undefined }),
    () => ({ text: toPersianDigits(code()), locale: 'fa' }),
    () => ({ text: `خطای ${toPersianDigits(code())}`, locale: undefined }),
    () => ({ text: phrase('fa', 2), locale: 'fa' }),
    () => ({ text: 'نرم‌افزار اجرا نمی‌شود', locale: 'fa' }),
    () => ({ text: 'نرم افزار اجرا نمی شود', locale: 'fa' }),
    () => ({ text: phrase('ja', 2), locale: 'ja' }),
    () => ({ text: 'インストール中にエラー', locale: undefined }),
    () => ({ text: phrase('vi', 3), locale: 'vi' }),
    () => ({ text: withoutTones(phrase('vi', 3)), locale: 'vi' }),
    () => ({ text: `${phrase('en', 2)} ${withTypo(pick(words.en))}`, locale: 'en' }),
    () => ({ text: phrase(pick(LOCALES), 6), locale: undefined }),
  ];
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const query = pick(makers)();
    // Search as you type: every prefix of a third of the queries, as the portal sends them.
    if (random() < 0.33)
      for (let end = 1; end < query.text.length && queries.length < count; end++)
        queries.push({ ...query, text: query.text.slice(0, end) });
    if (queries.length < count) queries.push(query);
  }
  return queries;
}
