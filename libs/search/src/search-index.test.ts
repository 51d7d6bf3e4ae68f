import { beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_LIMITS } from './limits';
import { SearchIndex, type SearchDocument } from './search-index';

const ARTICLES: SearchDocument[] = [
  {
    id: 'fa-1603',
    title: 'خطای ۱۶۰۳ هنگام نصب نرم‌افزار',
    errorCodes: ['1603'],
    symptoms: ['نصب نیمه‌کاره متوقف می‌شود'],
    body: 'این خطا معمولا وقتی پیش می‌آید که پوشه مقصد فقط‌خواندنی باشد.',
  },
  {
    id: 'en-1603',
    title: 'Error 1603 during installation',
    errorCodes: ['1603'],
    symptoms: ['installer stops half way'],
    body: 'A fatal error occurred during installation. Run the installer as administrator.',
  },
  {
    id: 'en-1608',
    title: 'Error 1608 when installing',
    errorCodes: ['1608'],
    body: 'The installer could not find an earlier version.',
  },
  { id: 'fa-1608', title: 'بروز خطای ۱۶۰۸', errorCodes: ['1608'], body: 'نسخه قبلی نرم افزار پیدا نشد.' },
  {
    id: 'en-checksum',
    title: 'Check Sum Fail while copying the library',
    errorCodes: ['Check Sum Fail'],
    symptoms: ['copying stops with a checksum message'],
    body: 'The disc or the downloaded file is damaged.',
  },
  {
    id: 'fa-letters',
    title: 'نمایش علامت سوال به جای حروف فارسی',
    symptoms: ['به جای حروف ؟؟؟ دیده می‌شود'],
    body: 'زبان سیستم برای برنامه‌های غیر یونیکد را فارسی کنید. كتاب‌ها و متن عربي درست نمایش داده می‌شوند.',
    tags: ['نمایش', 'ویندوز'],
  },
  {
    id: 'en-register',
    title: 'Message: noor register version required 2',
    errorCodes: ['noor register version required 2'],
    body: 'Install the newer registration tool, then register again.',
  },
  {
    id: 'ja-1603',
    title: 'インストール中にエラー1603が発生する',
    errorCodes: ['1603'],
    body: 'インストール先のフォルダーが読み取り専用になっていないか確認してください。',
  },
  {
    id: 'vi-1603',
    title: 'Lỗi 1603 khi cài đặt phần mềm',
    errorCodes: ['1603'],
    body: 'Hãy chạy trình cài đặt với quyền quản trị viên.',
  },
  {
    id: 'en-serial',
    title: 'Where is my serial number?',
    symptoms: ['registration asks for a serial'],
    body: 'The serial is on the warranty card.',
  },
  {
    id: 'en-body-only',
    title: 'Network installation for institutions',
    body: 'Clients connect to the server; error 1603 can appear if the share is read-only.',
  },
];

let index: SearchIndex;
beforeEach(() => {
  index = new SearchIndex();
  for (const article of ARTICLES) index.add(article);
});

const ids = (query: string, filter?: (id: string) => boolean) =>
  index.search(query, { limit: 20, filter }).hits.map((hit) => hit.id);

describe('finding error codes in any script', () => {
  it('finds 1603 from Persian digits, ASCII digits and a Persian phrase', () => {
    for (const query of ['۱۶۰۳', '1603', '١٦٠٣', 'خطای 1603', 'خطای ۱۶۰۳']) {
      expect(ids(query)).toContain('fa-1603');
      expect(ids(query)).not.toContain('fa-1608');
    }
  });

  it('puts exact error-code matches first, before a body that mentions the code', () => {
    const result = index.search('1603', { limit: 20 });
    const exact = result.hits.filter((hit) => hit.exactErrorCode).map((hit) => hit.id);
    expect(exact.sort()).toEqual(['en-1603', 'fa-1603', 'ja-1603', 'vi-1603']);
    expect(result.hits.slice(0, 4).every((hit) => hit.exactErrorCode)).toBe(true);
    expect(result.hits.map((hit) => hit.id)).toContain('en-body-only');
    expect(result.hits.at(-1)!.id).toBe('en-body-only');
  });

  it('keeps the exact code first even when the rest of the query is in another language', () => {
    const hits = ids('خطای 1603');
    expect(hits[0]).toBe('fa-1603');
    expect(hits).toContain('en-1603');
  });

  it('never takes one code for a neighbouring one with a typo', () => {
    expect(ids('1604')).toEqual([]);
    expect(ids('1608')).not.toContain('en-1603');
  });

  it('matches multi-word codes whole', () => {
    const hits = index.search('noor register version required 2').hits;
    expect(hits[0]).toMatchObject({ id: 'en-register', exactErrorCode: true });
    expect(index.search('check sum fail').hits[0]).toMatchObject({ id: 'en-checksum', exactErrorCode: true });
    expect(index.search('check sum').hits[0]).toMatchObject({ id: 'en-checksum', exactErrorCode: false });
  });
});

describe('Persian letter forms', () => {
  it('finds ک with ك and ی with ي/ى', () => {
    expect(ids('كتاب')).toEqual(['fa-letters']);
    expect(ids('کتاب')).toEqual(['fa-letters']);
    expect(ids('عربی')).toEqual(['fa-letters']);
    expect(ids('عربى')).toEqual(['fa-letters']);
  });

  it('finds words written with ZWNJ, with a space or joined', () => {
    for (const query of ['نرم‌افزار', 'نرمافزار', 'نرم افزار']) {
      expect(ids(query)).toEqual(expect.arrayContaining(['fa-1603', 'fa-1608']));
    }
    for (const query of ['می‌شود', 'میشود', 'می شود']) expect(ids(query)).toContain('fa-letters');
  });

  it('finds harakat and tatweel spellings', () => {
    expect(ids('حُروف')).toEqual(['fa-letters']);
    expect(ids('حـــروف')).toEqual(['fa-letters']);
  });
});

describe('Japanese', () => {
  it('finds phrases written without spaces', () => {
    expect(ids('インストール中にエラー')).toEqual(['ja-1603']);
    expect(ids('読み取り専用')).toEqual(['ja-1603']);
    expect(ids('エラーが発生')).toEqual(['ja-1603']);
  });

  it('finds a phrase while it is still being typed', () => {
    expect(ids('インスト')).toEqual(['ja-1603']);
    expect(ids('フォルダ')).toEqual(['ja-1603']);
  });
});

describe('Vietnamese', () => {
  it('matches with and without tone marks', () => {
    for (const query of ['lỗi cài đặt', 'loi cai dat', 'Lỗi cai dat', 'quản trị viên', 'quan tri vien']) {
      expect(ids(query)).toEqual(['vi-1603']);
    }
  });
});

describe('search as you type and typos', () => {
  it('expands the last term as a prefix', () => {
    expect(ids('instal')).toEqual(expect.arrayContaining(['en-1603', 'en-1608', 'en-register']));
    expect(ids('error 16')).toEqual(expect.arrayContaining(['en-1603', 'en-1608']));
    expect(ids('seri')).toContain('en-serial');
  });

  it('does not expand one letter', () => {
    expect(ids('s')).toEqual([]);
  });

  it('forgives one typo in terms of four letters or more', () => {
    expect(ids('instalation')[0]).toBe('en-1603');
    expect(ids('serail number')).toEqual(['en-serial']);
    expect(ids('regsiter')).toContain('en-register');
    expect(ids('checksun')).toContain('en-checksum');
  });

  it('does not forgive typos in short terms', () => {
    expect(ids('sun')).toEqual([]);
  });
});

describe('ranking', () => {
  it('weighs the title above the body', () => {
    const hits = ids('installation');
    expect(hits.indexOf('en-1603')).toBeLessThan(hits.indexOf('en-body-only'));
  });

  it('prefers documents that match every term, and keeps only them when there are any', () => {
    expect(ids('serial warranty')).toEqual(['en-serial']);
    expect(ids('serial zzzzqq')).toEqual(['en-serial']);
  });

  it('is deterministic', () => {
    expect(ids('error')).toEqual(ids('error'));
  });
});

describe('filters, updates and removal', () => {
  it('filters by anything the caller knows about a document', () => {
    expect(ids('1603', (id) => id.startsWith('fa-'))).toEqual(['fa-1603']);
    expect(index.search('1603', { filter: (id) => id.startsWith('fa-') }).total).toBe(1);
  });

  it('replaces a document added again under its id', () => {
    index.add({ id: 'en-serial', title: 'Activation code lookup' });
    expect(ids('serial')).toEqual([]);
    expect(ids('activation')).toEqual(['en-serial']);
    expect(index.size).toBe(ARTICLES.length);
  });

  it('forgets a removed document, its terms and its codes', () => {
    index.remove('en-register');
    expect(ids('noor register version required 2')).not.toContain('en-register');
    expect(ids('regsiter')).toEqual([]);
    expect(index.has('en-register')).toBe(false);
  });
});

describe('groups', () => {
  const grouped = () => {
    const byLanguage = new SearchIndex();
    for (const article of ARTICLES) byLanguage.add({ ...article, group: article.id.split('-')[0] });
    return byLanguage;
  };

  it('scores, counts and returns only the documents of the group asked for, as a filter would', () => {
    const byLanguage = grouped();
    for (const query of ['1603', 'error 1603', 'خطای ۱۶۰۳', 'instal', 'نرم افزار']) {
      for (const group of ['en', 'fa', 'ja']) {
        const filtered = index.search(query, { limit: 20, filter: (id) => id.startsWith(`${group}-`) });
        expect(byLanguage.search(query, { limit: 20, group })).toEqual(filtered);
      }
    }
    expect(byLanguage.search('1603', { group: 'en' }).hits.map((hit) => hit.id)).toEqual(['en-1603', 'en-body-only']);
  });

  it('finds nothing in a group no document is in, and everything without a group', () => {
    const byLanguage = grouped();
    expect(byLanguage.search('1603', { group: 'de' })).toMatchObject({ hits: [], total: 0 });
    expect(byLanguage.search('1603', { limit: 20 })).toEqual(index.search('1603', { limit: 20 }));
  });

  it('moves a document to its new group when it is added again', () => {
    const byLanguage = grouped();
    byLanguage.add({ ...ARTICLES[1]!, group: 'fa' });
    expect(byLanguage.search('installation', { group: 'en' }).hits.map((hit) => hit.id)).not.toContain('en-1603');
    expect(byLanguage.search('installation', { group: 'fa' }).hits.map((hit) => hit.id)).toContain('en-1603');
  });
});

describe('what one search remembers for the next', () => {
  const QUERIES = [
    'inst',
    'install',
    'installer',
    'error 1603',
    'errror',
    'خطای ۱۶۰۳',
    'نرم افزار',
    'インストール',
    'loi cai dat',
    'serial',
  ];

  it('answers every query as a fresh index does, however many came before', () => {
    for (const query of [...QUERIES, ...QUERIES.reverse()]) {
      const fresh = new SearchIndex();
      for (const article of ARTICLES) fresh.add(article);
      expect(index.search(query, { limit: 20 })).toEqual(fresh.search(query, { limit: 20 }));
    }
  });

  it('forgets what it remembered when a document is added or removed', () => {
    expect(ids('installat')).not.toContain('en-network-guide');
    index.add({ id: 'en-network-guide', title: 'Installation over the network' });
    expect(ids('installat')).toContain('en-network-guide');
    expect(ids('installation')).toContain('en-network-guide');
    index.remove('en-network-guide');
    expect(ids('installat')).not.toContain('en-network-guide');
    expect(ids('instalation')).not.toContain('en-network-guide');
  });
});

describe('limits', () => {
  it('reads only the first characters and terms of a 10,000-character query', () => {
    const query = `1603 ${'نرم‌افزار error インストール '.repeat(500)}`.slice(0, 10_000);
    const result = index.search(query);
    expect(result.truncated).toBe(true);
    expect(result.terms.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxQueryTerms);
    expect(result.hits[0]!.exactErrorCode).toBe(true);
  });

  it('caps the number of hits', () => {
    expect(index.search('error', { limit: 10_000 }).hits.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxResults);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(index.search('').hits).toEqual([]);
    expect(index.search(' ؟!').total).toBe(0);
  });
});
