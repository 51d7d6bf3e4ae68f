import { describe, expect, it } from 'vitest';
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
    const harness = await signedInConsole(['PRODUCT'], { VisitorInbox: () => ({ errors: [{ message: 'no', code: 'FORBIDDEN' }] }) });
    const inbox = useVisitorInboxStore(harness.pinia);
    await inbox.load();
    expect(inbox.state).toBe('error');
    expect(inbox.error).toBe('FORBIDDEN');
  });
});
