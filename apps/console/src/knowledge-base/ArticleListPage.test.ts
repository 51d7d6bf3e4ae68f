import { describe, expect, it } from 'vitest';
import { editableArticle, listEntry, signedInConsole } from './test-support/knowledge-base-fixtures';
import { mountKnowledgeBase } from './test-support/mount-knowledge-base';

const ARTICLES = [
  listEntry(editableArticle({ id: 'e1603.en', published: 1 })),
  listEntry(
    editableArticle({
      id: 'e1603.fa',
      review: 1,
      content: { locale: 'fa', slug: 'خطای-1603', title: 'بروز خطای ۱۶۰۳ هنگام نصب' },
    }),
  ),
  listEntry(
    editableArticle({
      id: 'serial.en',
      content: { slug: 'serial', title: 'Where is my serial number?', errorCodes: [] },
    }),
  ),
];
const rows = (wrapper: Awaited<ReturnType<typeof mountKnowledgeBase>>['wrapper']) =>
  wrapper.findAll('[data-test="kb-article-row"]').map((row) => row.attributes('data-id'));

describe('ArticleListPage', () => {
  it('lists every article with status, language, error codes and who updated it when', async () => {
    const { plugin } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: ARTICLES } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles');
    expect(wrapper.get('h1').text()).toBe('Articles');
    expect(rows(wrapper)).toEqual(['e1603.en', 'e1603.fa', 'serial.en']);
    expect(wrapper.get('[data-test="kb-article-count"]').text()).toBe('3 articles');
    const first = wrapper.findAll('[data-test="kb-article-row"]')[0]!;
    expect(first.get('[data-test="kb-article-link"]').attributes('href')).toBe('/console/articles/e1603.en');
    expect(first.get('[data-test="kb-status"]').text()).toBe('Published');
    expect(first.text()).toContain('English');
    expect(first.text()).toContain('1603');
    expect(first.text()).toContain('Sara Ahmadi');
    expect(wrapper.get('[data-test="kb-new-article"]').attributes('href')).toBe('/console/articles/new');
    expect(wrapper.find('[data-test="kb-tab-inbox"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('filters by language and status and searches titles', async () => {
    const { plugin } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: ARTICLES } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles');
    await wrapper.get('[data-test="kb-filter-locale"]').setValue('fa');
    expect(rows(wrapper)).toEqual(['e1603.fa']);
    await wrapper.get('[data-test="kb-filter-locale"]').setValue('');
    await wrapper.get('[data-test="kb-filter-status"]').setValue('DRAFT');
    expect(rows(wrapper)).toEqual(['serial.en']);
    expect(wrapper.get('[data-test="kb-article-count"]').text()).toBe('One article');
    await wrapper.get('[data-test="kb-filter-status"]').setValue('');
    await wrapper.get('[data-test="kb-filter-search"]').setValue('serial');
    expect(rows(wrapper)).toEqual(['serial.en']);
    await wrapper.get('[data-test="kb-filter-search"]').setValue('nothing like this');
    expect(wrapper.text()).toContain('No article matches these filters.');
    wrapper.unmount();
  });

  it('speaks Persian with Persian digits', async () => {
    const { plugin } = await signedInConsole(
      ['AGENT'],
      { EditableArticles: () => ({ data: { editableArticles: ARTICLES } }) },
      'fa',
    );
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles');
    expect(wrapper.get('h1').text()).toBe('مقاله‌ها');
    expect(wrapper.get('[data-test="kb-article-count"]').text()).toBe('۳ مقاله');
    expect(wrapper.get('[data-test="kb-status"]').text()).toBe('منتشرشده');
    wrapper.unmount();
  });

  it('lets the product team read the list only: no new article, no links into the editor', async () => {
    const { plugin } = await signedInConsole(['PRODUCT'], {
      EditableArticles: () => ({ data: { editableArticles: ARTICLES } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles');
    expect(rows(wrapper)).toEqual(['e1603.en', 'e1603.fa', 'serial.en']);
    expect(wrapper.find('[data-test="kb-new-article"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="kb-article-link"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="kb-article-title"]').map((title) => title.text())[2]).toBe(
      'Where is my serial number?',
    );
    wrapper.unmount();
  });
});
