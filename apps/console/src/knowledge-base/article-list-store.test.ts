import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { useArticleListStore } from './article-list-store';
import { editableArticle, listEntry, signedInConsole } from './test-support/knowledge-base-fixtures';

const ARTICLES = [
  listEntry(editableArticle({ id: 'e1603.en', published: 1 })),
  listEntry(
    editableArticle({
      id: 'e1603.fa',
      content: { locale: 'fa', slug: 'خطای-1603', title: 'بروز خطای ۱۶۰۳ هنگام نصب', translationGroup: 'error-1603' },
    }),
  ),
  listEntry(
    editableArticle({
      id: 'serial.en',
      review: 1,
      content: {
        slug: 'serial',
        title: 'Where is my serial number?',
        translationGroup: 'serial',
        stage: 'registration',
        errorCodes: [],
        products: [{ product: 'Registration Tool', versions: ['2.0'] }],
      },
    }),
  ),
  listEntry(
    editableArticle({
      id: 'network.en',
      content: {
        slug: 'net',
        title: 'Network install',
        translationGroup: 'net',
        stage: 'network-setup',
        products: [{ product: 'Network Edition', versions: ['3.0'] }],
      },
    }),
  ),
];

async function listWith(
  answer: () => FakeAnswer | Promise<FakeAnswer> = () => ({ data: { editableArticles: ARTICLES } }),
) {
  const harness = await signedInConsole(['AGENT'], { EditableArticles: answer });
  return { ...harness, list: useArticleListStore(harness.pinia) };
}

describe('useArticleListStore', () => {
  it('loads every article and filters by language, status and a folded title or error-code search', async () => {
    const { list, fake } = await listWith();
    await list.load();
    expect(fake.calls[1]).toEqual({ name: 'EditableArticles', variables: { first: 500 } });
    expect(list.filtered).toHaveLength(4);
    list.locale = 'fa';
    expect(list.filtered.map((entry) => entry.id)).toEqual(['e1603.fa']);
    list.locale = '';
    list.status = 'IN_REVIEW';
    expect(list.filtered.map((entry) => entry.id)).toEqual(['serial.en']);
    list.status = '';
    list.query = 'خطاي 1603';
    expect(list.filtered.map((entry) => entry.id)).toEqual(['e1603.fa']);
    list.query = '1603';
    expect(list.filtered.map((entry) => entry.id).sort()).toEqual(['e1603.en', 'e1603.fa', 'network.en']);
    list.query = 'SERIAL';
    expect(list.filtered.map((entry) => entry.id)).toEqual(['serial.en']);
  });

  it('knows the products, versions, stages per product and translation groups in use', async () => {
    const { list } = await listWith();
    await list.load();
    expect(list.knownProducts).toEqual(['Desktop Library', 'Network Edition', 'Registration Tool']);
    expect(list.knownVersions('Network Edition')).toEqual(['3.0']);
    expect(list.knownStages(['Registration Tool'])).toEqual(['registration']);
    expect(list.knownStages(['Network Edition'])).toEqual(['network-setup']);
    expect(list.knownStages([])).toEqual(['installation', 'network-setup', 'registration']);
    expect(list.knownStages(['A product nobody wrote about'])).toEqual([
      'registration',
      'installation',
      'running',
      'usage',
    ]);
    expect(list.translationsOf('error-1603', 'e1603.en').map((entry) => entry.id)).toEqual(['e1603.fa']);
    expect(list.translationsOf('  ', null)).toEqual([]);
  });

  it('takes a saved article into the list at once', async () => {
    const { list } = await listWith();
    await list.load();
    list.remember(listEntry(editableArticle({ id: 'serial.en', revisions: 2, content: { title: 'Serial number' } })));
    expect(list.entries).toHaveLength(4);
    expect(list.entries[0]).toMatchObject({ id: 'serial.en', latest: { title: 'Serial number' } });
  });

  it('keeps the last good list when a reload fails, and forgets it when the session ends', async () => {
    let calls = 0;
    const { list, pinia } = await listWith(() =>
      calls++ === 0 ? { data: { editableArticles: ARTICLES } } : { networkError: true },
    );
    await list.load();
    await list.load();
    expect(list.state).toBe('ready');
    expect(list.error).toBe('NETWORK_ERROR');
    useSessionStore(pinia).forget();
    await expect.poll(() => list.entries).toEqual([]);
    expect(list.state).toBe('idle');
  });

  it('drops an answer that arrives after the session ended', async () => {
    const slow = deferred<FakeAnswer>();
    const { list, pinia } = await listWith(() => slow.promise);
    const loading = list.load();
    useSessionStore(pinia).forget();
    slow.resolve({ data: { editableArticles: ARTICLES } });
    await loading;
    expect(list.entries).toEqual([]);
    expect(list.state).toBe('idle');
  });
});
