import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { KnowledgeBaseSearchFoundNothing } from './knowledge-base-events';
import { MAX_MISSES_PER_DAY, questionDecider, searchMissDecider, viewsDecider, voteDecider } from './visitor-deciders';
import { at } from './test-support/articles';

describe('votes', () => {
  const given = deciderSpec(voteDecider);
  const vote = { type: 'VoteOnArticle', data: { articleId: 'a1', helpful: true, voter: 'v1', at: at(0) } } as const;

  it('counts the first vote of a visitor on an article that day', () => {
    given([])
      .when(vote)
      .then([{ type: 'ArticleVoted', data: vote.data }]);
  });

  it('keeps a "not helpful" vote\'s comment and the revision seen; a helpful vote keeps no comment', () => {
    const unhelpful = {
      ...vote.data,
      helpful: false,
      comment: '  The steps for Windows 11 are missing. ',
      revision: 3,
    };
    given([])
      .when({ ...vote, data: unhelpful })
      .then([{ type: 'ArticleVoted', data: { ...unhelpful, comment: 'The steps for Windows 11 are missing.' } }]);
    given([])
      .when({ ...vote, data: { ...vote.data, comment: 'great', revision: 3 } })
      .then([{ type: 'ArticleVoted', data: { ...vote.data, revision: 3 } }]);
    given([])
      .when({ ...vote, data: { ...vote.data, helpful: false, comment: '   ' } })
      .then([{ type: 'ArticleVoted', data: { ...vote.data, helpful: false } }]);
  });

  it('ignores a second vote from the same visitor', () => {
    given([{ type: 'ArticleVoted', data: vote.data }])
      .when({ ...vote, data: { ...vote.data, helpful: false } })
      .then([]);
  });
});

describe('views', () => {
  const given = deciderSpec(viewsDecider);
  it('records a positive count and nothing for none', () => {
    const data = { articleId: 'a1', views: 12, from: at(0), to: at(1) };
    given([])
      .when({ type: 'CountArticleViews', data })
      .then([{ type: 'ArticleViewsCounted', data }]);
    given([])
      .when({ type: 'CountArticleViews', data: { ...data, views: 0 } })
      .then([]);
  });
});

describe('questions', () => {
  const given = deciderSpec(questionDecider);
  const ask = (
    overrides: Partial<{
      question: string;
      name: string | null;
      email: string | null;
      searchQuery: string | null;
    }> = {},
  ) => ({
    type: 'AskQuestion' as const,
    data: {
      questionId: 'q1',
      question: 'نرم‌افزار بعد از نصب اجرا نمی‌شود',
      locale: 'fa' as const,
      name: ' Reza ',
      email: 'reza@example.org',
      articleId: null,
      searchQuery: 'اجرا نمیشود',
      at: at(0),
      ...overrides,
    },
  });

  it('records the question with the contact details given', () => {
    given([])
      .when(ask())
      .then([
        {
          type: 'KnowledgeBaseQuestionAsked',
          data: {
            questionId: 'q1',
            question: 'نرم‌افزار بعد از نصب اجرا نمی‌شود',
            locale: 'fa',
            name: 'Reza',
            email: 'reza@example.org',
            articleId: null,
            searchQuery: 'اجرا نمیشود',
            at: at(0),
          },
        },
      ]);
  });

  it('treats blank contact details as none', () => {
    given([])
      .when(ask({ name: '  ', email: '' }))
      .then([
        {
          type: 'KnowledgeBaseQuestionAsked',
          data: {
            questionId: 'q1',
            question: 'نرم‌افزار بعد از نصب اجرا نمی‌شود',
            locale: 'fa',
            name: null,
            email: null,
            articleId: null,
            searchQuery: 'اجرا نمیشود',
            at: at(0),
          },
        },
      ]);
  });

  it('refuses empty or huge questions and malformed addresses', () => {
    given([])
      .when(ask({ question: ' ? ' }))
      .then('KB_QUESTION_INVALID');
    given([])
      .when(ask({ question: 'x'.repeat(2_001) }))
      .then('KB_QUESTION_INVALID');
    given([])
      .when(ask({ email: 'not an address' }))
      .then('KB_CONTACT_INVALID');
    given([])
      .when(ask({ name: 'n'.repeat(81) }))
      .then('KB_CONTACT_INVALID');
    given([])
      .when(ask({ searchQuery: 'q'.repeat(201) }))
      .then('KB_QUERY_TOO_LONG');
  });

  const asked = (email: string | null = 'reza@example.org') => ({
    type: 'KnowledgeBaseQuestionAsked' as const,
    data: {
      questionId: 'q1',
      question: 'Error 1603?',
      locale: 'en' as const,
      name: 'Reza',
      email,
      articleId: null,
      searchQuery: null,
      at: at(0),
    },
  });
  const by = { staffId: 'staff-sara', displayName: 'Sara' };
  const answer = (text = '  Run the installer as administrator.  ', mailId = 'mail-1') => ({
    type: 'AnswerQuestion' as const,
    data: { questionId: 'q1', answer: text, by, mailId, at: at(1) },
  });
  const answered = {
    type: 'KnowledgeBaseQuestionAnswered' as const,
    data: { questionId: 'q1', answer: 'Run the installer as administrator.', by, mailId: 'mail-1', at: at(1) },
  };

  it('records an answer with who wrote it and the mail that carries it', () => {
    given([asked()]).when(answer()).then([answered]);
  });

  it('answers once: the same mail again changes nothing, another answer is refused', () => {
    given([asked(), answered]).when(answer()).then([]);
    given([asked(), answered]).when(answer('Something else', 'mail-2')).then('KB_QUESTION_ALREADY_ANSWERED');
  });

  it('refuses an answer to no question, to a question without an email address, and an empty or huge answer', () => {
    given([]).when(answer()).then('KB_QUESTION_NOT_FOUND');
    given([asked(null)])
      .when(answer())
      .then('KB_QUESTION_WITHOUT_EMAIL');
    given([asked()]).when(answer('   ')).then('KB_ANSWER_INVALID');
    given([asked()])
      .when(answer('x'.repeat(10_001)))
      .then('KB_ANSWER_INVALID');
  });
});

describe('searches that found nothing', () => {
  const given = deciderSpec(searchMissDecider);
  const data = { query: 'Fehler 1603', normalizedQuery: 'fehler 1603', locale: null, at: at(0) };
  const miss: KnowledgeBaseSearchFoundNothing = { type: 'KnowledgeBaseSearchFoundNothing', data };

  it('records a miss', () => {
    given([]).when({ type: 'RecordSearchWithoutResults', data }).then([miss]);
  });

  it('stops recording the same query after the daily cap', () => {
    given(Array.from({ length: MAX_MISSES_PER_DAY }, () => miss))
      .when({ type: 'RecordSearchWithoutResults', data })
      .then([]);
  });
});
