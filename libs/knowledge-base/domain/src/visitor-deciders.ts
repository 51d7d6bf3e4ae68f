/**
 * Deciders for what visitors do, each on a small stream of its own so no stream grows without
 * bound: one "was this helpful?" vote per visitor, article and day; view counts per article and
 * day; a question asked ("not answered? ask us") and its answer by email; a search that found nothing, kept at most
 * `MAX_MISSES_PER_DAY` times per query and day.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type {
  Editor,
  ArticleViewsCounted,
  ArticleVoted,
  KnowledgeBaseQuestionAnswered,
  KnowledgeBaseQuestionAsked,
  KnowledgeBaseSearchFoundNothing,
} from './knowledge-base-events';
import { reject, type KnowledgeBaseRejection } from './errors';
import { isLocale, type Locale } from './locales';

// ── "was this helpful?" ──────────────────────────────────────────────────────

export type VoteCommand = {
  type: 'VoteOnArticle';
  data: {
    articleId: string;
    helpful: boolean;
    voter: string;
    at: string;
    /** What was missing, with a "not helpful" vote (at most `VOTE_COMMENT_MAX` characters); ignored with a helpful one. */
    comment?: string | null;
    /** The published revision the visitor saw. */
    revision?: number | null;
  };
};

export const VOTE_COMMENT_MAX = 1_000;

/** A vote as recorded: a comment only with a "not helpful" vote, trimmed and cut to its limit; none when empty. */
function voteData(data: VoteCommand['data']): ArticleVoted['data'] {
  const { comment, revision, ...vote } = data;
  const kept = data.helpful ? '' : [...(comment ?? '').trim()].slice(0, VOTE_COMMENT_MAX).join('').trim();
  return {
    ...vote,
    ...(kept ? { comment: kept } : {}),
    ...(revision !== undefined && revision !== null ? { revision } : {}),
  };
}

export const voteDecider: Decider<VoteCommand, ArticleVoted, { voted: boolean }, KnowledgeBaseRejection> = {
  initialState: () => ({ voted: false }),
  evolve: (_state: { voted: boolean }, _event: ArticleVoted) => ({ voted: true }),
  /** The first vote of the day counts; a second one from the same visitor changes nothing. */
  decide: (command: VoteCommand, state: { voted: boolean }): ArticleVoted[] | KnowledgeBaseRejection =>
    state.voted ? [] : [{ type: 'ArticleVoted', data: voteData(command.data) }],
};

// ── views ────────────────────────────────────────────────────────────────────

export type CountViewsCommand = {
  type: 'CountArticleViews';
  data: { articleId: string; views: number; from: string; to: string };
};

export const viewsDecider: Decider<CountViewsCommand, ArticleViewsCounted, object, KnowledgeBaseRejection> = {
  initialState: () => ({}),
  evolve: (state: object) => state,
  decide: (command: CountViewsCommand): ArticleViewsCounted[] | KnowledgeBaseRejection => {
    const { views } = command.data;
    if (!Number.isInteger(views) || views < 1) return [];
    return [{ type: 'ArticleViewsCounted', data: { ...command.data } }];
  },
};

// ── "not answered? ask us" ───────────────────────────────────────────────────

export const QUESTION_LIMITS = { question: 2_000, name: 80, email: 254, searchQuery: 200, answer: 10_000 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type AskQuestionCommand = {
  type: 'AskQuestion';
  data: {
    questionId: string;
    question: string;
    locale: Locale;
    name: string | null;
    email: string | null;
    articleId: string | null;
    searchQuery: string | null;
    at: string;
  };
};

export type AnswerQuestionCommand = {
  type: 'AnswerQuestion';
  data: { questionId: string; answer: string; by: Editor; mailId: string; at: string };
};

export type QuestionCommand = AskQuestionCommand | AnswerQuestionCommand;
export type QuestionEvent = KnowledgeBaseQuestionAsked | KnowledgeBaseQuestionAnswered;

export interface QuestionState {
  asked: boolean;
  email: string | null;
  answeredWith: string | null;
}

const blankToNull = (value: string | null): string | null =>
  value === null || value.trim() === '' ? null : value.trim();

/**
 * Whether this answer may go to this question: asked, with an email address, not answered yet,
 * and an answer of 1 to `QUESTION_LIMITS.answer` characters. The api checks it before it queues
 * the mail, the decider again when it records the answer.
 */
export function checkAnswer(state: QuestionState, answer: string): KnowledgeBaseRejection | undefined {
  if (!state.asked) return reject('KB_QUESTION_NOT_FOUND');
  if (state.answeredWith !== null) return reject('KB_QUESTION_ALREADY_ANSWERED');
  if (state.email === null) return reject('KB_QUESTION_WITHOUT_EMAIL');
  const length = [...answer.trim()].length;
  if (length < 1 || length > QUESTION_LIMITS.answer) return reject('KB_ANSWER_INVALID');
  return undefined;
}

export const questionDecider: Decider<QuestionCommand, QuestionEvent, QuestionState, KnowledgeBaseRejection> = {
  initialState: () => ({ asked: false, email: null, answeredWith: null }),
  evolve: (state: QuestionState, event: QuestionEvent): QuestionState => {
    switch (event.type) {
      case 'KnowledgeBaseQuestionAsked':
        return { ...state, asked: true, email: event.data.email };
      case 'KnowledgeBaseQuestionAnswered':
        return { ...state, answeredWith: event.data.mailId };
      default:
        return assertNever(event);
    }
  },
  decide: (command: QuestionCommand, state: QuestionState): QuestionEvent[] | KnowledgeBaseRejection => {
    switch (command.type) {
      case 'AskQuestion':
        return askQuestion(command, state);
      case 'AnswerQuestion': {
        // The same answer again (a retry that lost its command id) changes nothing.
        if (state.answeredWith === command.data.mailId) return [];
        const refused = checkAnswer(state, command.data.answer);
        if (refused) return refused;
        const { questionId, by, mailId, at } = command.data;
        return [
          {
            type: 'KnowledgeBaseQuestionAnswered',
            data: { questionId, answer: command.data.answer.trim(), by, mailId, at },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};

function askQuestion(
  command: AskQuestionCommand,
  state: QuestionState,
): KnowledgeBaseQuestionAsked[] | KnowledgeBaseRejection {
  if (state.asked) return [];
  const { questionId, locale, articleId, at } = command.data;
  const question = command.data.question.trim();
  if (question.length < 3 || question.length > QUESTION_LIMITS.question) return reject('KB_QUESTION_INVALID');
  if (!isLocale(locale)) return reject('KB_LOCALE_INVALID');
  const name = blankToNull(command.data.name);
  const email = blankToNull(command.data.email);
  if ((name?.length ?? 0) > QUESTION_LIMITS.name) return reject('KB_CONTACT_INVALID');
  if (email !== null && (email.length > QUESTION_LIMITS.email || !EMAIL.test(email)))
    return reject('KB_CONTACT_INVALID');
  const searchQuery = blankToNull(command.data.searchQuery);
  if ((searchQuery?.length ?? 0) > QUESTION_LIMITS.searchQuery) return reject('KB_QUERY_TOO_LONG');
  return [
    {
      type: 'KnowledgeBaseQuestionAsked',
      data: { questionId, question, locale, name, email, articleId, searchQuery, at },
    },
  ];
}

// ── searches that found nothing ──────────────────────────────────────────────

export const MAX_MISSES_PER_DAY = 20;

export type RecordSearchMissCommand = {
  type: 'RecordSearchWithoutResults';
  data: { query: string; normalizedQuery: string; locale: Locale | null; at: string };
};

export const searchMissDecider: Decider<
  RecordSearchMissCommand,
  KnowledgeBaseSearchFoundNothing,
  { recorded: number },
  KnowledgeBaseRejection
> = {
  initialState: () => ({ recorded: 0 }),
  evolve: (state: { recorded: number }, _event: KnowledgeBaseSearchFoundNothing) => ({ recorded: state.recorded + 1 }),
  decide: (
    command: RecordSearchMissCommand,
    state: { recorded: number },
  ): KnowledgeBaseSearchFoundNothing[] | KnowledgeBaseRejection => {
    if (state.recorded >= MAX_MISSES_PER_DAY || command.data.normalizedQuery === '') return [];
    return [{ type: 'KnowledgeBaseSearchFoundNothing', data: { ...command.data } }];
  },
};
