import { describe, expect, it, vi } from 'vitest';
import { QUESTIONS, SEARCHES, signedInConsole } from './test-support/knowledge-base-fixtures';
import { mountKnowledgeBase } from './test-support/mount-knowledge-base';

const inboxApi = {
  VisitorInbox: () => ({ data: { knowledgeBaseQuestions: QUESTIONS, unansweredSearches: SEARCHES } }),
};

describe('KnowledgeBaseInboxPage', () => {
  it("shows visitors' questions and the searches that found nothing, with counts", async () => {
    const { plugin } = await signedInConsole(['AGENT'], inboxApi);
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/inbox');
    expect(wrapper.get('h1').text()).toBe('Visitor inbox');
    expect(wrapper.get('[data-test="kb-inbox-question-count"]').text()).toBe('2 questions');
    const questions = wrapper.findAll('[data-test="kb-inbox-question"]');
    expect(questions[0]!.text()).toContain('Setup asks for disc 3, but I only have two.');
    expect(questions[0]!.text()).toContain('No name given');
    // The address is shown, not offered as a mailto: link: the answer goes through the outbox.
    expect(questions[0]!.text()).toContain('reader@example.org');
    expect(questions[0]!.find('a[href^="mailto:"]').exists()).toBe(false);
    expect(questions[0]!.find('[data-test="kb-inbox-answer-text"]').exists()).toBe(true);
    expect(questions[1]!.get('[data-test="kb-inbox-no-email"]').text()).toBe(
      'No email address given: this question cannot be answered by email.',
    );
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

  it('answers a question from its form and shows the answer as sent; a refusal says why, on the field', async () => {
    const answered = {
      ...QUESTIONS[0]!,
      answer: { text: 'Copy disc 2 first.', by: 'Sara Ahmadi', at: '2026-03-21T11:00:00.000Z', mailId: 'mail-1' },
    };
    let refuse = true;
    const { plugin, fake } = await signedInConsole(['AGENT'], {
      ...inboxApi,
      AnswerKnowledgeBaseQuestion: () =>
        refuse
          ? { errors: [{ message: 'too long', code: 'VALIDATION_ERROR', reason: 'KB_ANSWER_INVALID' }] }
          : { data: { answerKnowledgeBaseQuestion: answered } },
    });
    const { wrapper } = await mountKnowledgeBase(plugin, '/articles/inbox');
    const question = () => wrapper.findAll('[data-test="kb-inbox-question"]')[0]!;
    const field = question().get('[data-test="kb-inbox-answer-text"]');
    expect(question().get('label').text()).toBe('Answer by email to reader@example.org');
    expect(question().get('[data-test="kb-inbox-answer-send"]').attributes('disabled')).toBeDefined();
    await field.setValue('Copy disc 2 first.');
    await field.trigger('keydown', { key: 'Enter', ctrlKey: true });
    await vi.waitFor(() => expect(question().find('[data-test="kb-inbox-answer-error"]').exists()).toBe(true));
    expect(question().get('[data-test="kb-inbox-answer-error"]').text()).toBe('An answer is 1 to 10,000 characters.');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(field.attributes('aria-describedby')).toBe(
      question().get('[data-test="kb-inbox-answer-error"]').attributes('id'),
    );

    refuse = false;
    await question().get('form').trigger('submit');
    await vi.waitFor(() => expect(question().find('[data-test="kb-inbox-answered"]').exists()).toBe(true));
    expect(question().get('[data-test="kb-inbox-answered"]').text()).toMatch(
      /^Answered by Sara Ahmadi, .+; sent by email$/,
    );
    expect(question().text()).toContain('Copy disc 2 first.');
    expect(question().find('form').exists()).toBe(false);
    expect(
      fake.calls.filter((call) => call.name === 'AnswerKnowledgeBaseQuestion').map((call) => call.variables.id),
    ).toEqual(['q2', 'q2']);
    wrapper.unmount();
  });
});
