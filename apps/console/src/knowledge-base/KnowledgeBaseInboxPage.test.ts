import { describe, expect, it } from 'vitest';
import { QUESTIONS, SEARCHES, signedInConsole } from './test-support/knowledge-base-fixtures';
import { mountKnowledgeBase } from './test-support/mount-knowledge-base';

const inboxApi = { VisitorInbox: () => ({ data: { knowledgeBaseQuestions: QUESTIONS, unansweredSearches: SEARCHES } }) };

describe('KnowledgeBaseInboxPage', () => {
  it('shows visitors\' questions and the searches that found nothing, with counts', async () => {
    const { plugin } = await signedInConsole(['AGENT'], inboxApi);
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/inbox');
    expect(wrapper.get('h1').text()).toBe('Visitor inbox');
    expect(wrapper.get('[data-test="kb-inbox-question-count"]').text()).toBe('2 questions');
    const questions = wrapper.findAll('[data-test="kb-inbox-question"]');
    expect(questions[0]!.text()).toContain('Setup asks for disc 3, but I only have two.');
    expect(questions[0]!.text()).toContain('No name given');
    expect(questions[0]!.get('a[href="mailto:reader@example.org"]').text()).toBe('reader@example.org');
    expect(questions[0]!.text()).toContain('disc 3');
    expect(questions[1]!.find('a[href="/console/articles/question-marks.fa"]').exists()).toBe(true);
    expect(wrapper.get('[data-test="kb-inbox-search-count"]').text()).toBe('2 different searches · 5 times');
    const searches = wrapper.findAll('[data-test="kb-inbox-search"]');
    expect(searches.map((row) => row.get('[data-test="kb-inbox-search-times"]').text())).toEqual(['4 times', 'once']);
    wrapper.unmount();
  });

  it('lets a product team read it, without links into the editor', async () => {
    const { plugin } = await signedInConsole(['PRODUCT'], inboxApi, 'fa');
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/inbox');
    expect(wrapper.find('[data-test="kb-tab-articles"]').exists()).toBe(true);
    expect(wrapper.get('[data-test="kb-inbox-question-count"]').text()).toBe('۲ پرسش');
    expect(wrapper.find('a[href="/console/articles/question-marks.fa"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="kb-inbox-search-times"]')[0]!.text()).toBe('۴ بار');
    wrapper.unmount();
  });
});
