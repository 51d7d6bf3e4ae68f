/**
 * The knowledge base's events. Articles live in `article-<id>` streams: drafted, revised, submitted
 * for review, published, unpublished, restored from an old revision; each names the editor and the
 * exact time the command gave. Visitors' part is in streams of their own: a "was this helpful?"
 * vote per visitor, article and day (`articlevote-…`), view counts per article and day
 * (`articleviews-…`), questions asked and their answers (`kbquestion-<id>`) and searches that found nothing
 * (`kbsearchmiss-…`), which the console and the feedback report list.
 */
import type { Locale } from './locales';

export const articleStream = (articleId: string) => `article-${articleId}`;
export const articleVoteStream = (articleId: string, voter: string, day: string) =>
  `articlevote-${articleId}.${voter}.${day}`;
export const articleViewsStream = (articleId: string, day: string) => `articleviews-${articleId}.${day}`;
export const questionStream = (questionId: string) => `kbquestion-${questionId}`;
export const searchMissStream = (day: string, queryKey: string) => `kbsearchmiss-${day}.${queryKey}`;

/** The UTC day of an ISO time, as streams that are kept per day name it. */
export const dayOf = (at: string): string => at.slice(0, 10);

/** Who made an edit, as the history shows it. */
export interface Editor {
  staffId: string;
  displayName: string;
}

export interface ProductVersions {
  product: string;
  versions: string[];
}

/** Everything an editor writes; each revision holds all of it. */
export interface ArticleContent {
  slug: string;
  locale: Locale;
  /** Articles that are translations of one another share it. */
  translationGroup: string;
  title: string;
  /** Markdown; rendered and sanitised when shown. */
  body: string;
  products: ProductVersions[];
  /** Where in the product's life the problem shows: registration, installation, running, usage… */
  stage: string;
  errorCodes: string[];
  symptoms: string[];
  tags: string[];
}

export type ArticleDrafted = {
  type: 'ArticleDrafted';
  data: { articleId: string; revision: 1; content: ArticleContent; by: Editor; at: string };
};
export type ArticleRevised = {
  type: 'ArticleRevised';
  data: { articleId: string; revision: number; content: ArticleContent; by: Editor; at: string };
};
export type ArticleSubmittedForReview = {
  type: 'ArticleSubmittedForReview';
  data: { articleId: string; revision: number; by: Editor; at: string };
};
export type ArticlePublished = {
  type: 'ArticlePublished';
  data: { articleId: string; revision: number; by: Editor; at: string };
};
export type ArticleUnpublished = {
  type: 'ArticleUnpublished';
  data: { articleId: string; revision: number; by: Editor; at: string };
};
export type ArticleRestored = {
  type: 'ArticleRestored';
  data: { articleId: string; revision: number; fromRevision: number; content: ArticleContent; by: Editor; at: string };
};

export type ArticleEvent =
  ArticleDrafted | ArticleRevised | ArticleSubmittedForReview | ArticlePublished | ArticleUnpublished | ArticleRestored;

export const ARTICLE_EVENT_TYPES = [
  'ArticleDrafted',
  'ArticleRevised',
  'ArticleSubmittedForReview',
  'ArticlePublished',
  'ArticleUnpublished',
  'ArticleRestored',
] as const satisfies readonly ArticleEvent['type'][];

/**
 * `voter` is a one-way key of the visitor's address and the day: votes are counted once, not traced.
 * A "not helpful" vote may carry the visitor's `comment` (what was missing), and `revision` is the
 * published revision the visitor saw; both absent on votes recorded before they were kept.
 */
export type ArticleVoted = {
  type: 'ArticleVoted';
  data: {
    articleId: string;
    helpful: boolean;
    voter: string;
    at: string;
    comment?: string | null;
    revision?: number | null;
  };
};
export type ArticleViewsCounted = {
  type: 'ArticleViewsCounted';
  data: { articleId: string; views: number; from: string; to: string };
};
export type KnowledgeBaseQuestionAsked = {
  type: 'KnowledgeBaseQuestionAsked';
  data: {
    questionId: string;
    question: string;
    locale: Locale;
    /** Given by the visitor so the answer can reach them; erasable with the customer's data. */
    name: string | null;
    email: string | null;
    articleId: string | null;
    searchQuery: string | null;
    at: string;
  };
};
/**
 * A visitor's question answered by email: the answer and who wrote it, and the outbox mail that
 * carries it (queued first, so an answer is recorded only once its mail is on its way).
 */
export type KnowledgeBaseQuestionAnswered = {
  type: 'KnowledgeBaseQuestionAnswered';
  data: { questionId: string; answer: string; by: Editor; mailId: string; at: string };
};
export type KnowledgeBaseSearchFoundNothing = {
  type: 'KnowledgeBaseSearchFoundNothing';
  data: { query: string; normalizedQuery: string; locale: Locale | null; at: string };
};

export type VisitorEvent =
  | ArticleVoted
  | ArticleViewsCounted
  | KnowledgeBaseQuestionAsked
  | KnowledgeBaseQuestionAnswered
  | KnowledgeBaseSearchFoundNothing;

export const VISITOR_EVENT_TYPES = [
  'ArticleVoted',
  'ArticleViewsCounted',
  'KnowledgeBaseQuestionAsked',
  'KnowledgeBaseQuestionAnswered',
  'KnowledgeBaseSearchFoundNothing',
] as const satisfies readonly VisitorEvent['type'][];

export type KnowledgeBaseEvent = ArticleEvent | VisitorEvent;
