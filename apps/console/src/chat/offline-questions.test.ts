import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatOfflineQuestionPanel from './ChatOfflineQuestionPanel.vue';
import ChatOfflineQuestions from './ChatOfflineQuestions.vue';
import { useOfflineQuestionsStore } from './offline-questions-store';
import { offlineQuestion, signedInDesk } from './testing/desk-fixtures';

const answered = offlineQuestion({
  status: 'ANSWERED',
  answeredBy: { id: 'agent-1', name: 'Sara Ahmadi' },
  answer: 'From 9 to 13.',
  answeredAt: '2026-03-21T08:30:00.000Z',
  mailId: 'mail-1',
});

describe('offline questions', () => {
  it('are listed apart with the visitor’s email, and one opens in full', async () => {
    const { pinia, plugin } = await signedInDesk({
      OfflineQuestions: () => ({ data: { offlineQuestions: [offlineQuestion()] } }),
    });
    const questions = useOfflineQuestionsStore(pinia);
    const stop = questions.follow();
    const wrapper = mount(ChatOfflineQuestions, { global: { plugins: [plugin] } });
    await flushPromises();
    const item = wrapper.get('[data-test="chat-offline-question"]');
    expect(item.text()).toContain('Leila Moradi');
    expect(item.get('[data-test="chat-offline-question-email"]').text()).toBe('leila@example.ir');
    await item.trigger('click');
    expect(questions.selected?.id).toBe('question-1');
    stop();
  });

  it('arrive as the api pushes them, without reading the list again; a late push never takes an answer back', async () => {
    const { pinia, fake } = await signedInDesk({
      OfflineQuestions: () => ({ data: { offlineQuestions: [offlineQuestion()] } }),
    });
    const questions = useOfflineQuestionsStore(pinia);
    const stop = questions.follow();
    await flushPromises();
    fake.push('OfflineQuestionChanged', {
      offlineQuestionChanged: {
        question: offlineQuestion({ id: 'question-2', question: 'Is the map room open on Friday?' }),
      },
    });
    fake.push('OfflineQuestionChanged', { offlineQuestionChanged: { question: answered } });
    fake.push('OfflineQuestionChanged', { offlineQuestionChanged: { question: offlineQuestion() } });
    await flushPromises();
    expect(questions.waiting.map((question) => question.id)).toEqual(['question-2']);
    expect(questions.answered.map((question) => question.id)).toEqual(['question-1']);
    expect(fake.calls.filter((call) => call.name === 'OfflineQuestions')).toHaveLength(1);
    stop();
    expect(fake.openSubscriptions('OfflineQuestionChanged')).toBe(0);
  });

  it('are answered by email, and show who answered and when afterwards', async () => {
    const { pinia, plugin, fake } = await signedInDesk({
      OfflineQuestions: () => ({ data: { offlineQuestions: [offlineQuestion()] } }),
      AnswerOfflineQuestion: () => ({ data: { answerOfflineQuestion: answered } }),
    });
    const questions = useOfflineQuestionsStore(pinia);
    await questions.load();
    const wrapper = mount(ChatOfflineQuestionPanel, {
      props: { question: questions.questions[0]! },
      global: { plugins: [plugin] },
    });
    expect(wrapper.get('[data-test="chat-offline-question-email"]').text()).toBe('leila@example.ir');
    await wrapper.get('[data-test="chat-offline-answer-input"]').setValue('From 9 to 13.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const call = fake.calls.find((each) => each.name === 'AnswerOfflineQuestion')!;
    expect(call.variables).toMatchObject({ questionId: 'question-1', answer: 'From 9 to 13.' });
    expect(questions.questions[0]!.status).toBe('ANSWERED');
    await wrapper.setProps({ question: questions.questions[0]! });
    expect(wrapper.get('[data-test="chat-offline-answered"]').text()).toMatch(/^Answered by Sara Ahmadi, .*2026/);
    expect(wrapper.find('[data-test="chat-offline-answer-input"]').exists()).toBe(false);
  });

  it('retry an answer lost on the network with the same command id, so one mail goes out', async () => {
    let calls = 0;
    const { pinia, fake } = await signedInDesk({
      OfflineQuestions: () => ({ data: { offlineQuestions: [offlineQuestion()] } }),
      AnswerOfflineQuestion: () =>
        calls++ === 0 ? { networkError: true } : { data: { answerOfflineQuestion: answered } },
    });
    const questions = useOfflineQuestionsStore(pinia);
    await questions.load();
    expect(await questions.answer('question-1', 'From 9 to 13.')).toBe(false);
    expect(questions.answerFailure?.failure.code).toBe('NETWORK_ERROR');
    expect(await questions.answer('question-1', 'From 9 to 13.')).toBe(true);
    const ids = fake.calls
      .filter((each) => each.name === 'AnswerOfflineQuestion')
      .map((each) => each.variables['commandId']);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(questions.waiting).toEqual([]);
    expect(questions.answered.map((question) => question.answeredBy?.name)).toEqual(['Sara Ahmadi']);
  });

  it('say so when someone else answered first, and show their answer', async () => {
    let reads = 0;
    const { pinia, plugin } = await signedInDesk({
      OfflineQuestions: () => ({ data: { offlineQuestions: [reads++ === 0 ? offlineQuestion() : answered] } }),
      AnswerOfflineQuestion: () => ({
        errors: [{ message: 'answered', code: 'CONFLICT', reason: 'CHAT_QUESTION_ALREADY_ANSWERED' }],
      }),
    });
    const questions = useOfflineQuestionsStore(pinia);
    await questions.load();
    questions.select('question-1');
    const wrapper = mount(ChatOfflineQuestionPanel, {
      props: { question: questions.selected! },
      global: { plugins: [plugin] },
    });
    await wrapper.get('[data-test="chat-offline-answer-input"]').setValue('Too late');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="chat-offline-answer-failure"]').text()).toBe(
      'Someone has already answered this question.',
    );
    await expect.poll(() => questions.selected?.status).toBe('ANSWERED');
    await wrapper.setProps({ question: questions.selected! });
    expect(wrapper.get('[data-test="chat-offline-answered"]').text()).toContain('Sara Ahmadi');
  });
});
