/**
 * Deciders for what visitors do, each on a small stream of its own so no stream grows without
 * bound: one "was this helpful?" vote per visitor, article and day; view counts per article and
 * day; a question asked ("not answered? ask us"); a search that found nothing, kept at most
 * `MAX_MISSES_PER_DAY` times per query and day.
 */
import type { Decider } from '@deskstream/domain-kit';
import type { ArticleViewsCounted, ArticleVoted, KnowledgeBaseQuestionAsked, KnowledgeBaseSearchFoundNothing } from './knowledge-base-events';
import { reject, type KnowledgeBaseRejection } from './errors';
import { isLocale, type Locale } from './locales';

// ── "was this helpful?" ──────────────────────────────────────────────────────

export type VoteCommand = { type: 'VoteOnArticle'; data: { articleId: string; helpful: boolean; voter: string; at: string } };

export const voteDecider: Decider<VoteCommand, ArticleVoted, { voted: boolean }, KnowledgeBaseRejection> = {
  initialState: () => ({ voted: false }),
  evolve: (_state: { voted: boolean }, _event: ArticleVoted) => ({ voted: true }),
  /** The first vote of the day counts; a second one from the same visitor changes nothing. */
  decide: (command: VoteCommand, state: { voted: boolean }): ArticleVoted[] | KnowledgeBaseRejection =>
    state.voted ? [] : [{ type: 'ArticleVoted', data: { ...command.data } }],
};

// ── views ────────────────────────────────────────────────────────────────────

export type CountViewsCommand = { type: 'CountArticleViews'; data: { articleId: string; views: number; from: string; to: string } };

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

export const QUESTION_LIMITS = { question: 2_000, name: 80, email: 254, searchQuery: 200 } as const;
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

const blankToNull = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value.trim());

export const questionDecider: Decider<AskQuestionCommand, KnowledgeBaseQuestionAsked, { asked: boolean }, KnowledgeBaseRejection> = {
  initialState: () => ({ asked: false }),
  evolve: (_state: { asked: boolean }, _event: KnowledgeBaseQuestionAsked) => ({ asked: true }),
  decide: (command: AskQuestionCommand, state: { asked: boolean }): KnowledgeBaseQuestionAsked[] | KnowledgeBaseRejection => {
    if (state.asked) return [];
    const { questionId, locale, articleId, at } = command.data;
    const question = command.data.question.trim();
    if (question.length < 3 || question.length > QUESTION_LIMITS.question) return reject('KB_QUESTION_INVALID');
    if (!isLocale(locale)) return reject('KB_LOCALE_INVALID');
    const name = blankToNull(command.data.name);
    const email = blankToNull(command.data.email);
    if ((name?.length ?? 0) > QUESTION_LIMITS.name) return reject('KB_CONTACT_INVALID');
    if (email !== null && (email.length > QUESTION_LIMITS.email || !EMAIL.test(email))) return reject('KB_CONTACT_INVALID');
    const searchQuery = blankToNull(command.data.searchQuery);
    if ((searchQuery?.length ?? 0) > QUESTION_LIMITS.searchQuery) return reject('KB_QUERY_TOO_LONG');
    return [{ type: 'KnowledgeBaseQuestionAsked', data: { questionId, question, locale, name, email, articleId, searchQuery, at } }];
  },
};

// ── searches that found nothing ──────────────────────────────────────────────

export const MAX_MISSES_PER_DAY = 20;

export type RecordSearchMissCommand = {
  type: 'RecordSearchWithoutResults';
  data: { query: string; normalizedQuery: string; locale: Locale | null; at: string };
};

export const searchMissDecider: Decider<RecordSearchMissCommand, KnowledgeBaseSearchFoundNothing, { recorded: number }, KnowledgeBaseRejection> = {
  initialState: () => ({ recorded: 0 }),
  evolve: (state: { recorded: number }, _event: KnowledgeBaseSearchFoundNothing) => ({ recorded: state.recorded + 1 }),
  decide: (command: RecordSearchMissCommand, state: { recorded: number }): KnowledgeBaseSearchFoundNothing[] | KnowledgeBaseRejection => {
    if (state.recorded >= MAX_MISSES_PER_DAY || command.data.normalizedQuery === '') return [];
    return [{ type: 'KnowledgeBaseSearchFoundNothing', data: { ...command.data } }];
  },
};
