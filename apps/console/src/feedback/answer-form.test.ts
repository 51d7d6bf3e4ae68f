import { describe, expect, it } from 'vitest';
import { answerInput, answerProblems, emptyAnswer } from './answer-form';

describe('a product team’s answer', () => {
  it('names a version when planned or fixed, and a reason when it will not be fixed', () => {
    expect(answerProblems({ ...emptyAnswer(), status: 'FIXED' })).toEqual(['missingVersion']);
    expect(answerProblems({ ...emptyAnswer(), status: 'WONT_FIX' })).toEqual(['missingReason']);
    expect(answerProblems({ ...emptyAnswer(), status: 'FIXED', version: ' 2.1 ' })).toEqual([]);
    expect(answerProblems({ ...emptyAnswer(), note: 'x'.repeat(2001) })).toEqual(['FEEDBACK_ANSWER_NOTE_INVALID']);
  });

  it('sends only what the status uses', () => {
    expect(answerInput({ status: 'FIXED', version: ' 2.1 ', reason: 'left over', note: '  ' })).toEqual({
      status: 'FIXED',
      version: '2.1',
      reason: null,
      note: null,
    });
    expect(answerInput({ status: 'WONT_FIX', version: '2.1', reason: ' by design ', note: 'Sorry' })).toEqual({
      status: 'WONT_FIX',
      version: null,
      reason: 'by design',
      note: 'Sorry',
    });
  });
});
