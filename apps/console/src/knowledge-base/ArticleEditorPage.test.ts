// @vitest-environment jsdom
// The page renders the Markdown preview through DOMPurify, which needs a browser-like DOM (see article-markdown.test.ts).
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleDiffFieldsFragment as ArticleDiff } from '../generated/graphql';
import { editableArticle, listEntry, signedInConsole, YUKI } from './test-support/knowledge-base-fixtures';
import { mountKnowledgeBase } from './test-support/mount-knowledge-base';

// Mounting the lazily loaded pages in jsdom takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const TRANSLATION = editableArticle({
  id: 'article-fa',
  content: { locale: 'fa', slug: 'خطای-1603', title: 'بروز خطای ۱۶۰۳ هنگام نصب', translationGroup: 'error-1603' },
});
const OTHERS = [
  listEntry(TRANSLATION),
  listEntry(
    editableArticle({
      id: 'serial',
      content: {
        slug: 'serial',
        translationGroup: 'serial',
        stage: 'registration',
        products: [{ product: 'Registration Tool', versions: ['2.0'] }],
      },
    }),
  ),
];

const ctrlS = () =>
  document.dispatchEvent(
    new KeyboardEvent('keydown', { code: 'KeyS', key: 's', ctrlKey: true, bubbles: true, cancelable: true }),
  );
const testId = (id: string) => `[data-test="${id}"]`;

describe('ArticleEditorPage: a new article', () => {
  it('suggests the slug from the title, previews the body safely, and saves the draft with Ctrl+S', async () => {
    const drafted = editableArticle({
      id: 'new-1',
      content: {
        title: 'Error 1335 when copying',
        slug: 'error-1335-when-copying',
        translationGroup: 'error-1335-when-copying',
      },
    });
    const { plugin, fake } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: OTHERS } }),
      DraftArticle: () => ({ data: { draftArticle: drafted } }),
    });
    const { wrapper, router } = await mountKnowledgeBase(plugin, '/articles/new');
    expect(wrapper.get('h1').text()).toBe('New article');

    await wrapper.get(testId('kb-title')).setValue('Error 1335 when copying');
    expect((wrapper.get(testId('kb-slug')).element as HTMLInputElement).value).toBe('error-1335-when-copying');
    await wrapper
      .get(testId('kb-body'))
      .setValue(
        '## Fix\n\nCopy **Data2.cab** first.\n\n<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
      );
    const preview = wrapper.get(testId('kb-preview'));
    expect(preview.find('h2').text()).toBe('Fix');
    expect(preview.find('strong').text()).toBe('Data2.cab');
    expect(preview.element.querySelector('script, img, [onerror], a[href^="javascript"]')).toBeNull();
    expect(preview.text()).toContain('<script>alert(1)</script>');

    // Stages known for the chosen product are offered; one click picks one.
    await wrapper.get(testId('kb-product-add')).trigger('click');
    await wrapper.get(testId('kb-product-name')).setValue('Registration Tool');
    const stageOptions = wrapper.findAll(testId('kb-stage-option'));
    expect(stageOptions.map((option) => option.attributes('data-stage'))).toEqual(['registration']);
    expect(stageOptions[0]!.text()).toBe('Registration and serial number');
    await stageOptions[0]!.trigger('click');
    expect((wrapper.get(testId('kb-stage')).element as HTMLInputElement).value).toBe('registration');
    expect(wrapper.get(testId('kb-dirty-state')).text()).toBe('Unsaved changes');

    ctrlS();
    await flushPromises();
    const call = fake.calls.find((c) => c.name === 'DraftArticle')!;
    expect(call.variables['input']).toMatchObject({
      title: 'Error 1335 when copying',
      slug: 'error-1335-when-copying',
      stage: 'registration',
      products: [{ product: 'Registration Tool', versions: [] }],
    });
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/articles/new-1');
    expect(wrapper.get(testId('kb-notice')).text()).toBe('Draft saved.');
    expect(wrapper.get('h1').text()).toBe('Edit article');
    expect(wrapper.get(testId('kb-dirty-state')).text()).toBe('All changes saved');
    wrapper.unmount();
  });

  it('starts a translation from the original: same group, products, stage and error codes, in the new language and direction', async () => {
    const original = editableArticle({ id: 'article-1' });
    const { plugin } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: [listEntry(original)] } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/new?translationOf=article-1&locale=fa');
    expect((wrapper.get(testId('kb-locale')).element as HTMLSelectElement).value).toBe('fa');
    expect((wrapper.get(testId('kb-translation-group')).element as HTMLInputElement).value).toBe('error-1603');
    expect((wrapper.get(testId('kb-stage')).element as HTMLInputElement).value).toBe('installation');
    expect((wrapper.get(testId('kb-product-name')).element as HTMLInputElement).value).toBe('Desktop Library');
    expect(wrapper.get(testId('kb-chips-error-codes')).text()).toContain('1603');
    expect(wrapper.get(testId('kb-body')).attributes('dir')).toBe('rtl');
    expect(wrapper.get(testId('kb-title')).attributes('lang')).toBe('fa');
    // The original is listed as the English version of the group.
    expect(wrapper.get(testId('kb-translation')).attributes('data-locale')).toBe('en');
    wrapper.unmount();
  });

  it('shows what is wrong before sending anything', async () => {
    const { plugin, fake } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: [] } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/new');
    await wrapper.get(testId('kb-save')).trigger('click');
    await flushPromises();
    expect(fake.calls.some((c) => c.name === 'DraftArticle')).toBe(false);
    expect(wrapper.get(testId('kb-error')).text()).toBe('Some fields need attention before saving.');
    expect(wrapper.text()).toContain('A title is 1 to 200 characters.');
    wrapper.unmount();
  });
});

describe('ArticleEditorPage: an existing article', () => {
  it('lets an agent save and submit for review, but leaves publishing to supervisors', async () => {
    const { plugin } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: OTHERS } }),
      EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2 }) } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/article-1');
    expect(wrapper.find(testId('kb-publish')).exists()).toBe(false);
    expect(wrapper.text()).toContain('Supervisors and administrators publish.');
    expect(wrapper.get(testId('kb-submit')).attributes('disabled')).toBeUndefined();
    expect(wrapper.get(testId('kb-save')).attributes('disabled')).toBeDefined();
    expect(wrapper.get(testId('kb-fact-saved')).text()).toMatch(/^Revision 2 saved by Sara Ahmadi, /);
    await wrapper.get(testId('kb-title')).setValue('Changed');
    expect(wrapper.get(testId('kb-submit')).attributes('disabled')).toBeDefined();
    expect(wrapper.get(testId('kb-save-first')).text()).toBe('Save your changes first.');
    // The other language versions of the group, with links.
    const translation = wrapper.get(testId('kb-translation'));
    expect(translation.attributes('data-locale')).toBe('fa');
    expect(translation.get('a').attributes('href')).toBe('/console/articles/article-fa');
    expect(wrapper.findAll(testId('kb-translate')).map((link) => link.attributes('data-locale'))).toEqual(['ja', 'vi']);
    wrapper.unmount();
  });

  it('publishes for a supervisor and says who published which revision when', async () => {
    const { plugin, fake } = await signedInConsole(['SUPERVISOR'], {
      EditableArticles: () => ({ data: { editableArticles: [] } }),
      EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2 }) } }),
      PublishArticle: () => ({ data: { publishArticle: editableArticle({ revisions: 2, published: 2 }) } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/article-1');
    expect(wrapper.get(testId('kb-fact-not-public')).text()).toBe('Not on the public site.');
    await wrapper.get(testId('kb-publish')).trigger('click');
    await flushPromises();
    expect(fake.calls.find((c) => c.name === 'PublishArticle')!.variables).toMatchObject({
      id: 'article-1',
      revision: 2,
    });
    expect(wrapper.get(testId('kb-status')).text()).toBe('Published');
    expect(wrapper.get(testId('kb-fact-published')).text()).toMatch(/^Revision 2 published by Yuki Tanaka, /);
    expect(wrapper.get(testId('kb-public-link')).attributes('href')).toBe('/kb/en/error-1603');
    expect(wrapper.get(testId('kb-publish')).attributes('disabled')).toBeDefined();
    expect(wrapper.get(testId('kb-unpublish')).attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('on a concurrent save, keeps the text, says who saved, shows their changes and can load theirs', async () => {
    let served = 0;
    const theirs = editableArticle({ revisions: 3, by: YUKI, content: { title: 'Their title' } });
    const diff: ArticleDiff = {
      fromRevision: 2,
      toRevision: 3,
      fields: [
        {
          field: 'title',
          parts: [
            { kind: 'REMOVED', text: 'Error 1603 during setup' },
            { kind: 'ADDED', text: 'Their title' },
          ],
        },
      ],
    };
    const { plugin, fake } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: [] } }),
      EditableArticle: () => ({
        data: { editableArticle: served++ === 0 ? editableArticle({ revisions: 2 }) : theirs },
      }),
      ReviseArticle: () => ({
        errors: [{ message: 'Someone saved this article after you opened it.', code: 'CONFLICT' }],
      }),
      ArticleDiff: () => ({ data: { articleDiff: diff } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/article-1');
    await wrapper.get(testId('kb-title')).setValue('My title');
    await wrapper.get(testId('kb-save')).trigger('click');
    await flushPromises();

    const notice = wrapper.get(testId('kb-conflict'));
    expect(notice.attributes('role')).toBe('alert');
    expect(notice.get(testId('kb-conflict-text')).text()).toMatch(
      /^Yuki Tanaka saved revision 3 \(.+\) after you opened revision 2\. Your changes are not saved\.$/,
    );
    expect((wrapper.get(testId('kb-title')).element as HTMLInputElement).value).toBe('My title');
    expect(wrapper.get(testId('kb-save')).attributes('disabled')).toBeDefined();

    await wrapper.get(testId('kb-conflict-show-changes')).trigger('click');
    await flushPromises();
    expect(fake.calls.find((c) => c.name === 'ArticleDiff')!.variables).toEqual({
      id: 'article-1',
      fromRevision: 2,
      toRevision: 3,
    });
    expect(wrapper.get(`${testId('kb-diff')} del`).text()).toContain('Error 1603 during setup');
    expect(wrapper.get(`${testId('kb-diff')} ins`).text()).toContain('Their title');

    await wrapper.get(testId('kb-conflict-reload')).trigger('click');
    await flushPromises();
    expect(wrapper.find(testId('kb-conflict')).exists()).toBe(false);
    expect((wrapper.get(testId('kb-title')).element as HTMLInputElement).value).toBe('Their title');
    expect(fake.calls.filter((c) => c.name === 'ReviseArticle')).toHaveLength(1);
    wrapper.unmount();
  });

  it('lists the history newest first, diffs two picked revisions and restores the first', async () => {
    const diff: ArticleDiff = {
      fromRevision: 1,
      toRevision: 2,
      fields: [
        {
          field: 'body',
          parts: [
            { kind: 'REMOVED', text: 'Old line\n' },
            { kind: 'ADDED', text: 'New line\n' },
            { kind: 'SAME', text: 'Same line\n' },
          ],
        },
      ],
    };
    const { plugin, fake } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: [] } }),
      EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2, published: 2 }) } }),
      ArticleDiff: () => ({ data: { articleDiff: diff } }),
      RestoreArticleRevision: () => ({
        data: {
          restoreArticleRevision: editableArticle({ revisions: 3, published: 2, content: { title: 'Restored' } }),
        },
      }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/article-1');
    const entries = wrapper.findAll(testId('kb-history-entry'));
    expect(entries.map((entry) => `${entry.attributes('data-kind')} ${entry.attributes('data-revision')}`)).toEqual([
      'PUBLISHED 2',
      'REVISED 2',
      'DRAFTED 1',
    ]);
    expect(entries[0]!.text()).toContain('Yuki Tanaka');
    expect(wrapper.get(testId('kb-history-compare')).attributes('disabled')).toBeDefined();

    const picks = wrapper.findAll(testId('kb-history-pick'));
    await picks[0]!.setValue(true);
    await picks[1]!.setValue(true);
    await wrapper.get(testId('kb-history-compare')).trigger('click');
    await flushPromises();
    expect(fake.calls.find((c) => c.name === 'ArticleDiff')!.variables).toEqual({
      id: 'article-1',
      fromRevision: 1,
      toRevision: 2,
    });
    const field = wrapper.get(testId('kb-diff-field'));
    expect(field.attributes('data-field')).toBe('body');
    expect(field.get('h5').text()).toBe('Body');
    expect(field.get(testId('kb-diff-removed')).text()).toBe('Removed: Old line');
    expect(field.get(testId('kb-diff-added')).text()).toBe('Added: New line');

    const restore = wrapper.findAll(testId('kb-history-restore'));
    expect(restore.map((button) => button.attributes('data-revision'))).toEqual(['1']);
    await restore[0]!.trigger('click');
    await flushPromises();
    expect(fake.calls.find((c) => c.name === 'RestoreArticleRevision')!.variables).toMatchObject({
      id: 'article-1',
      baseRevision: 2,
      fromRevision: 1,
    });
    expect(wrapper.get(testId('kb-notice')).text()).toBe('Revision 1 restored as revision 3.');
    expect((wrapper.get(testId('kb-title')).element as HTMLInputElement).value).toBe('Restored');
    wrapper.unmount();
  });

  it('shows the article as the public saw it, or that it was not public, with Persian dates and digits in Persian', async () => {
    let snapshot: unknown = null;
    const { plugin, fake } = await signedInConsole(
      ['AGENT'],
      {
        EditableArticles: () => ({ data: { editableArticles: [] } }),
        EditableArticle: () => ({ data: { editableArticle: editableArticle({ revisions: 2, published: 1 }) } }),
        ArticleAsPublishedAt: () => ({ data: { articleAsPublishedAt: snapshot } }),
      },
      'fa',
    );
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/article-1');
    await wrapper.get(testId('kb-time-travel-at')).setValue('2026-03-21T12:30:00');
    expect(wrapper.get(testId('kb-time-travel-chosen')).text()).toMatch(/۱۴۰۵/);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.calls.find((c) => c.name === 'ArticleAsPublishedAt')!.variables['at']).toBe(
      new Date(2026, 2, 21, 12, 30, 0).toISOString(),
    );
    const note = wrapper.get(testId('kb-time-travel-not-public'));
    expect(note.text()).toContain('در سایت عمومی نبود');
    expect(note.text()).toMatch(/[۰-۹]/);

    snapshot = {
      id: 'article-1',
      locale: 'en',
      slug: 'error-1603',
      title: 'Error 1603 as it was',
      bodyHtml: '<p>Old <strong>text</strong></p><script>alert(1)</script>',
      revision: 1,
      publishedAt: '2026-03-21T10:00:00.000Z',
      firstPublishedAt: '2026-03-21T10:00:00.000Z',
    };
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get(testId('kb-time-travel-title')).text()).toBe('Error 1603 as it was');
    expect(wrapper.get(testId('kb-time-travel-body')).html()).toContain('<strong>text</strong>');
    expect(wrapper.find(`${testId('kb-time-travel-body')} script`).exists()).toBe(false);
    expect(wrapper.get(testId('kb-time-travel-meta')).text()).toContain('ویرایش ۱');
    // A Latin name in a Persian sentence is isolated, so the digits after it stay in place.
    expect(wrapper.get(testId('kb-history-entry')).text()).toContain('\u2068Yuki Tanaka\u2069، ');
    wrapper.unmount();
  });

  it('asks before leaving unsaved changes, for another page or another article', async () => {
    const { plugin } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: [] } }),
      EditableArticle: ({ id }) => ({ data: { editableArticle: editableArticle({ id: id as string }) } }),
    });
    const { wrapper, router } = await mountKnowledgeBase(plugin, '/articles/article-1');
    await wrapper.get(testId('kb-title')).setValue('Unsaved title');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await router.push('/articles');
    await router.push('/articles/article-2');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(confirm).toHaveBeenLastCalledWith('This article has unsaved changes. Leave without saving?');
    expect(router.currentRoute.value.fullPath).toBe('/articles/article-1');
    expect((wrapper.get(testId('kb-title')).element as HTMLInputElement).value).toBe('Unsaved title');
    confirm.mockReturnValue(true);
    await router.push('/articles/article-2');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/articles/article-2');
    confirm.mockRestore();
    wrapper.unmount();
  });

  it('says when the article does not exist', async () => {
    const { plugin } = await signedInConsole(['AGENT'], {
      EditableArticles: () => ({ data: { editableArticles: [] } }),
      EditableArticle: () => ({ data: { editableArticle: null } }),
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/nope');
    expect(wrapper.get(testId('kb-not-found')).text()).toBe('There is no such article.');
    wrapper.unmount();
  });
});
