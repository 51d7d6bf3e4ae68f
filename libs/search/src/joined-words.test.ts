import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDocument } from './search-index';

const ARTICLES: SearchDocument[] = [
  { id: 'fa-install-zwnj', title: 'برنامه نصب نمی‌شود', body: 'پوشه مقصد را بررسی کنید.' },
  { id: 'fa-open-space', title: 'برنامه باز نمی شود', body: 'برنامه را دوباره نصب کنید.' },
  // نصب، نمی and شود, but never side by side.
  {
    id: 'fa-apart',
    title: 'نصب درایور چاپگر',
    body: 'اگر نمی دانید کدام نسخه را بگیرید، با پشتیبانی تماس بگیرید تا مشکل حل شود.',
  },
  { id: 'fa-files-zwnj', title: 'فایل‌ها پاک شدند' },
  { id: 'fa-folders-space', title: 'پوشه ها خالی هستند' },
  { id: 'en-check-sum', title: 'Check Sum Fail while copying the library', errorCodes: ['Check Sum Fail'] },
  { id: 'en-checksum', title: 'Checksum mismatch after download' },
  { id: 'en-today', title: 'Updates released today' },
  { id: 'en-to-day', title: 'Go to day view in the calendar' },
  // check and sum, in different fields: not one word.
  { id: 'en-split-fields', title: 'Check the cable', symptoms: ['sum of errors shown'] },
];

const index = new SearchIndex();
for (const article of ARTICLES) index.add(article);
const ids = (query: string) => index.search(query, { limit: 20 }).hits.map((hit) => hit.id);

describe('Persian written with ZWNJ or a space', () => {
  it('finds the word written with ZWNJ from a query typed with a space, before the words found apart', () => {
    const hits = ids('نصب نمی شود');
    expect(hits[0]).toBe('fa-install-zwnj');
    if (hits.includes('fa-apart')) expect(hits.indexOf('fa-install-zwnj')).toBeLessThan(hits.indexOf('fa-apart'));
  });

  it('finds the word written with a space from a query typed with ZWNJ or joined', () => {
    for (const query of ['باز نمی‌شود', 'باز نمیشود']) expect(ids(query)[0]).toBe('fa-open-space');
  });

  it('meets the plural suffix ها either way', () => {
    for (const query of ['فایل ها', 'فایل‌ها', 'فایلها']) expect(ids(query)[0]).toBe('fa-files-zwnj');
    for (const query of ['پوشه ها', 'پوشه‌ها', 'پوشهها']) expect(ids(query)[0]).toBe('fa-folders-space');
  });
});

describe('words run together or split', () => {
  it('finds Check Sum from checksum, and Checksum from check sum', () => {
    expect(ids('checksum')).toEqual(expect.arrayContaining(['en-check-sum', 'en-checksum']));
    expect(ids('check sum')).toEqual(expect.arrayContaining(['en-check-sum', 'en-checksum']));
  });

  it('puts the word as written first', () => {
    expect(ids('checksum')[0]).toBe('en-checksum');
    expect(ids('check sum')[0]).toBe('en-check-sum');
    expect(ids('check sum fail')[0]).toBe('en-check-sum');
  });

  it('does not let unrelated neighbouring words outrank the real word', () => {
    expect(ids('today')[0]).toBe('en-today');
    expect(ids('today updates')).toEqual(['en-today']);
    expect(ids('to day view')[0]).toBe('en-to-day');
  });

  it('joins only neighbours within one text, not across fields', () => {
    expect(ids('checksum')).not.toContain('en-split-fields');
  });

  it('forgets a removed document under its joined words too', () => {
    const changing = new SearchIndex();
    for (const article of ARTICLES) changing.add(article);
    changing.remove('en-check-sum');
    expect(changing.search('checksum').hits.map((hit) => hit.id)).toEqual(['en-checksum']);
    changing.remove('en-checksum');
    expect(changing.search('checksum').hits).toEqual([]);
    expect(changing.search('checksun').hits).toEqual([]);
  });
});
