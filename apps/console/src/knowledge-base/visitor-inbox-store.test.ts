import { describe, expect, it, vi } from 'vitest';
import { useVisitorInboxStore } from './visitor-inbox-store';
import { QUESTIONS, SEARCHES, signedInConsole } from './test-support/knowledge-base-fixtures';

describe('useVisitorInboxStore', () => {
  it('loads the questions and the searches that found nothing, most tried first, with the total', async () => {
    const harness = await signedInConsole(['PRODUCT'], {
      VisitorInbox: () => ({ data: { knowledgeBaseQuestions: QUESTIONS, unansweredSearches: SEARCHES } }),
    });
    const inbox = useVisitorInboxStore(harness.pinia);
    await inbox.load();
    expect(inbox.state).toBe('ready');
    expect(inbox.questions.map((q) => q.id)).toEqual(['q2', 'q1']);
    expect(inbox.searches.map((s) => s.count)).toEqual([4, 1]);
    expect(inbox.missedSearchCount).toBe(5);
  });

  it('shows the error code when the api refuses', async () => {
    const harness = await signedInConsole(['PRODUCT'], {
      VisitorInbox: () => ({ errors: [{ message: 'no', code: 'FORBIDDEN' }] }),
    });
    const inbox = useVisitorInboxStore(harness.pinia);
    await inbox.load();
    expect(inbox.state).toBe('error');
    expect(inbox.error).toBe('FORBIDDEN');
  });

  it('answers a question by email, keeping its command id across a retry after a network error', async () => {
    const answered = {
      ...QUESTIONS[0]!,
      answer: {
        text: 'Copy disc 2 to the hard disk first.',
        by: 'Sara Ahmadi',
        at: '2026-03-21T11:00:00.000Z',
        mailId: 'mail-1',
      },
    };
    let failOnce = true;
    const harness = await signedInConsole(['AGENT'], {
      VisitorInbox: () => ({ data: { knowledgeBaseQuestions: QUESTIONS, unansweredSearches: SEARCHES } }),
      AnswerKnowledgeBaseQuestion: () => {
        if (failOnce) {
          failOnce = false;
          return { networkError: true };
        }
        return { data: { answerKnowledgeBaseQuestion: answered } };
      },
    });
    const inbox = useVisitorInboxStore(harness.pinia);
    await inbox.load();
    expect(await inbox.answer('q2', '   ')).toBe(false);
    expect(await inbox.answer('q2', 'Copy disc 2 to the hard disk first.')).toBe(false);
    expect(inbox.answerFailure).toMatchObject({ questionId: 'q2', failure: { code: 'NETWORK_ERROR' } });
    expect(await inbox.answer('q2', 'Copy disc 2 to the hard disk first.')).toBe(true);
    expect(inbox.answerFailure).toBeNull();
    expect(inbox.questions[0]!.answer).toEqual(answered.answer);
    const sent = harness.fake.calls.filter((call) => call.name === 'AnswerKnowledgeBaseQuestion');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.variables).toMatchObject({ id: 'q2', answer: 'Copy disc 2 to the hard disk first.' });
    expect(sent[1]!.variables.commandId).toBe(sent[0]!.variables.commandId);
  });

  it('reloads to show someone else’s answer when the question was answered meanwhile', async () => {
    let loads = 0;
    const harness = await signedInConsole(['AGENT'], {
      VisitorInbox: () => {
        loads++;
        return { data: { knowledgeBaseQuestions: QUESTIONS, unansweredSearches: SEARCHES } };
      },
      AnswerKnowledgeBaseQuestion: () => ({
        errors: [{ message: 'answered', code: 'CONFLICT', reason: 'KB_QUESTION_ALREADY_ANSWERED' }],
      }),
    });
    const inbox = useVisitorInboxStore(harness.pinia);
    await inbox.load();
    expect(await inbox.answer('q2', 'Hello')).toBe(false);
    expect(inbox.answerFailure?.failure.reason).toBe('KB_QUESTION_ALREADY_ANSWERED');
    await vi.waitFor(() => expect(loads).toBe(2));
  });
});
