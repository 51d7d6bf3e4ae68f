import { gql } from '@urql/core';

/**
 * The knowledge base's part of the api's GraphQL schema the console reads and writes, as
 * TypeScript, and the operations the editor, the article list and the visitor inbox send.
 * Staff side: `editableArticles`, `editableArticle`, `articleDiff`, `articleAsPublishedAt`,
 * `knowledgeBaseQuestions`, `unansweredSearches`; `draftArticle`, `reviseArticle(baseRevision)`,
 * `submitArticleForReview`, `publishArticle`, `unpublishArticle`, `restoreArticleRevision`.
 */
export type ArticleLocale = 'fa' | 'en' | 'ja' | 'vi';
export type ArticleStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';
export type ArticleHistoryKind = 'DRAFTED' | 'REVISED' | 'RESTORED' | 'SUBMITTED_FOR_REVIEW' | 'PUBLISHED' | 'UNPUBLISHED';
export type ArticleDiffPartKind = 'SAME' | 'ADDED' | 'REMOVED';

export const ARTICLE_LOCALES: readonly ArticleLocale[] = ['fa', 'en', 'ja', 'vi'];
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'];

export interface ArticleProduct {
  product: string;
  versions: string[];
}

export interface ArticleEditor {
  staffId: string;
  displayName: string;
}

/** Everything an editor writes; each revision holds all of it. */
export interface ArticleInput {
  slug: string;
  locale: ArticleLocale;
  translationGroup: string;
  title: string;
  body: string;
  products: ArticleProduct[];
  stage: string;
  errorCodes: string[];
  symptoms: string[];
  tags: string[];
}

export interface ArticleRevision extends ArticleInput {
  revision: number;
  kind: 'DRAFTED' | 'REVISED' | 'RESTORED';
  fromRevision: number | null;
  by: ArticleEditor;
  at: string;
}

export interface ArticleHistoryEntry {
  kind: ArticleHistoryKind;
  revision: number;
  fromRevision: number | null;
  by: ArticleEditor;
  at: string;
}

/** One revision as the history lists it (without its whole content). */
export type ArticleRevisionSummary = Pick<ArticleRevision, 'revision' | 'kind' | 'fromRevision' | 'by' | 'at' | 'title'>;

export interface EditableArticle {
  id: string;
  status: ArticleStatus;
  latest: ArticleRevision;
  publishedRevision: number | null;
  reviewRevision: number | null;
  updatedAt: string;
  history: ArticleHistoryEntry[];
  revisions: ArticleRevisionSummary[];
}

/** An article as the list shows it. */
export interface ArticleListEntry {
  id: string;
  status: ArticleStatus;
  updatedAt: string;
  publishedRevision: number | null;
  latest: Pick<ArticleRevision, 'revision' | 'locale' | 'slug' | 'title' | 'translationGroup' | 'errorCodes' | 'stage' | 'products' | 'by'>;
}

export interface ArticleDiffPart {
  kind: ArticleDiffPartKind;
  text: string;
}

export interface ArticleFieldDiff {
  field: keyof ArticleInput;
  parts: ArticleDiffPart[];
}

export interface ArticleDiff {
  fromRevision: number;
  toRevision: number;
  fields: ArticleFieldDiff[];
}

/** An article exactly as the public saw it at an instant. */
export interface PublicArticleSnapshot {
  id: string;
  locale: ArticleLocale;
  slug: string;
  title: string;
  bodyHtml: string;
  revision: number;
  publishedAt: string;
  firstPublishedAt: string;
}

export interface KnowledgeBaseQuestion {
  id: string;
  question: string;
  locale: ArticleLocale;
  name: string | null;
  email: string | null;
  articleId: string | null;
  searchQuery: string | null;
  at: string;
}

export interface UnansweredSearch {
  query: string;
  normalizedQuery: string;
  locale: ArticleLocale | null;
  count: number;
  firstAt: string;
  lastAt: string;
}

const EDITOR = 'by { staffId displayName }';
const CONTENT = 'slug locale translationGroup title body products { product versions } stage errorCodes symptoms tags';
const EDITABLE_ARTICLE = `
  id
  status
  publishedRevision
  reviewRevision
  updatedAt
  latest { revision kind fromRevision ${EDITOR} at ${CONTENT} }
  history { kind revision fromRevision ${EDITOR} at }
  revisions { revision kind fromRevision ${EDITOR} at title }
`;

export const EditableArticlesQuery = gql<{ editableArticles: ArticleListEntry[] }, { first: number }>(`
  query EditableArticles($first: Int!) {
    editableArticles(first: $first) {
      id
      status
      updatedAt
      publishedRevision
      latest { revision locale slug title translationGroup errorCodes stage products { product versions } ${EDITOR} }
    }
  }
`);

export const EditableArticleQuery = gql<{ editableArticle: EditableArticle | null }, { id: string }>(`
  query EditableArticle($id: ID!) { editableArticle(id: $id) { ${EDITABLE_ARTICLE} } }
`);

export const ArticleDiffQuery = gql<{ articleDiff: ArticleDiff }, { id: string; fromRevision: number; toRevision: number }>(`
  query ArticleDiff($id: ID!, $fromRevision: Int!, $toRevision: Int!) {
    articleDiff(id: $id, fromRevision: $fromRevision, toRevision: $toRevision) {
      fromRevision
      toRevision
      fields { field parts { kind text } }
    }
  }
`);

export const ArticleAsPublishedAtQuery = gql<{ articleAsPublishedAt: PublicArticleSnapshot | null }, { id: string; at: string }>(`
  query ArticleAsPublishedAt($id: ID!, $at: String!) {
    articleAsPublishedAt(id: $id, at: $at) { id locale slug title bodyHtml revision publishedAt firstPublishedAt }
  }
`);

export const VisitorInboxQuery = gql<
  { knowledgeBaseQuestions: KnowledgeBaseQuestion[]; unansweredSearches: UnansweredSearch[] },
  { first: number }
>(`
  query VisitorInbox($first: Int!) {
    knowledgeBaseQuestions(first: $first) { id question locale name email articleId searchQuery at }
    unansweredSearches(first: $first) { query normalizedQuery locale count firstAt lastAt }
  }
`);

export const DraftArticleMutation = gql<{ draftArticle: EditableArticle }, { input: ArticleInput; commandId: string }>(`
  mutation DraftArticle($input: ArticleInput!, $commandId: ID!) {
    draftArticle(input: $input, commandId: $commandId) { ${EDITABLE_ARTICLE} }
  }
`);

export const ReviseArticleMutation = gql<
  { reviseArticle: EditableArticle },
  { id: string; baseRevision: number; input: ArticleInput; commandId: string }
>(`
  mutation ReviseArticle($id: ID!, $baseRevision: Int!, $input: ArticleInput!, $commandId: ID!) {
    reviseArticle(id: $id, baseRevision: $baseRevision, input: $input, commandId: $commandId) { ${EDITABLE_ARTICLE} }
  }
`);

export const SubmitArticleForReviewMutation = gql<{ submitArticleForReview: EditableArticle }, { id: string; revision: number; commandId: string }>(`
  mutation SubmitArticleForReview($id: ID!, $revision: Int!, $commandId: ID!) {
    submitArticleForReview(id: $id, revision: $revision, commandId: $commandId) { ${EDITABLE_ARTICLE} }
  }
`);

export const PublishArticleMutation = gql<{ publishArticle: EditableArticle }, { id: string; revision: number; commandId: string }>(`
  mutation PublishArticle($id: ID!, $revision: Int!, $commandId: ID!) {
    publishArticle(id: $id, revision: $revision, commandId: $commandId) { ${EDITABLE_ARTICLE} }
  }
`);

export const UnpublishArticleMutation = gql<{ unpublishArticle: EditableArticle }, { id: string; commandId: string }>(`
  mutation UnpublishArticle($id: ID!, $commandId: ID!) {
    unpublishArticle(id: $id, commandId: $commandId) { ${EDITABLE_ARTICLE} }
  }
`);

export const RestoreArticleRevisionMutation = gql<
  { restoreArticleRevision: EditableArticle },
  { id: string; baseRevision: number; fromRevision: number; commandId: string }
>(`
  mutation RestoreArticleRevision($id: ID!, $baseRevision: Int!, $fromRevision: Int!, $commandId: ID!) {
    restoreArticleRevision(id: $id, baseRevision: $baseRevision, fromRevision: $fromRevision, commandId: $commandId) { ${EDITABLE_ARTICLE} }
  }
`);
