import { graphql } from '../generated';

/**
 * The knowledge base's operations the editor, the article list and the visitor inbox send; their
 * types are generated from the schema. Staff side: `editableArticles`, `editableArticle`,
 * `articleDiff`, `articleAsPublishedAt`, `knowledgeBaseQuestions`, `unansweredSearches`;
 * `draftArticle`, `reviseArticle(baseRevision)`, `submitArticleForReview`, `publishArticle`,
 * `unpublishArticle`, `restoreArticleRevision`.
 */

graphql(`
  fragment ArticleEditorFields on ArticleEditor {
    staffId
    displayName
  }
`);

/** Everything an editor writes; each revision holds all of it. */
graphql(`
  fragment ArticleContentFields on ArticleRevision {
    slug
    locale
    translationGroup
    title
    body
    products { product versions }
    stage
    errorCodes
    symptoms
    tags
  }
`);

graphql(`
  fragment ArticleRevisionFields on ArticleRevision {
    revision
    kind
    fromRevision
    by { ...ArticleEditorFields }
    at
    ...ArticleContentFields
  }
`);

graphql(`
  fragment ArticleHistoryEntryFields on ArticleHistoryEntry {
    kind
    revision
    fromRevision
    by { ...ArticleEditorFields }
    at
  }
`);

/** One revision as the history lists it (without its whole content). */
graphql(`
  fragment ArticleRevisionSummaryFields on ArticleRevision {
    revision
    kind
    fromRevision
    by { ...ArticleEditorFields }
    at
    title
  }
`);

graphql(`
  fragment EditableArticleFields on EditableArticle {
    id
    status
    publishedRevision
    reviewRevision
    updatedAt
    latest { ...ArticleRevisionFields }
    history { ...ArticleHistoryEntryFields }
    revisions { ...ArticleRevisionSummaryFields }
  }
`);

/** An article as the list shows it. */
graphql(`
  fragment ArticleListEntryFields on EditableArticle {
    id
    status
    updatedAt
    publishedRevision
    latest {
      revision
      locale
      slug
      title
      translationGroup
      errorCodes
      stage
      products { product versions }
      by { ...ArticleEditorFields }
    }
  }
`);

graphql(`
  fragment ArticleDiffFields on ArticleDiff {
    fromRevision
    toRevision
    fields { field parts { kind text } }
  }
`);

/** An article exactly as the public saw it at an instant. */
graphql(`
  fragment PublicArticleSnapshotFields on Article {
    id
    locale
    slug
    title
    bodyHtml
    revision
    publishedAt
    firstPublishedAt
  }
`);

graphql(`
  fragment KnowledgeBaseQuestionFields on KnowledgeBaseQuestion {
    id
    question
    locale
    name
    email
    articleId
    searchQuery
    at
    answer { text by at mailId }
  }
`);

graphql(`
  fragment UnansweredSearchFields on UnansweredSearch {
    query
    normalizedQuery
    locale
    count
    firstAt
    lastAt
  }
`);

export const EditableArticlesQuery = graphql(`
  query EditableArticles($first: Int!) {
    editableArticles(first: $first) { ...ArticleListEntryFields }
  }
`);

export const EditableArticleQuery = graphql(`
  query EditableArticle($id: ID!) { editableArticle(id: $id) { ...EditableArticleFields } }
`);

export const ArticleDiffQuery = graphql(`
  query ArticleDiff($id: ID!, $fromRevision: Int!, $toRevision: Int!) {
    articleDiff(id: $id, fromRevision: $fromRevision, toRevision: $toRevision) { ...ArticleDiffFields }
  }
`);

export const ArticleAsPublishedAtQuery = graphql(`
  query ArticleAsPublishedAt($id: ID!, $at: String!) {
    articleAsPublishedAt(id: $id, at: $at) { ...PublicArticleSnapshotFields }
  }
`);

export const VisitorInboxQuery = graphql(`
  query VisitorInbox($first: Int!) {
    knowledgeBaseQuestions(first: $first) { ...KnowledgeBaseQuestionFields }
    unansweredSearches(first: $first) { ...UnansweredSearchFields }
  }
`);

export const AnswerKnowledgeBaseQuestionMutation = graphql(`
  mutation AnswerKnowledgeBaseQuestion($id: ID!, $answer: String!, $commandId: ID!) {
    answerKnowledgeBaseQuestion(id: $id, answer: $answer, commandId: $commandId) { ...KnowledgeBaseQuestionFields }
  }
`);

export const DraftArticleMutation = graphql(`
  mutation DraftArticle($input: ArticleInput!, $commandId: ID!) {
    draftArticle(input: $input, commandId: $commandId) { ...EditableArticleFields }
  }
`);

export const ReviseArticleMutation = graphql(`
  mutation ReviseArticle($id: ID!, $baseRevision: Int!, $input: ArticleInput!, $commandId: ID!) {
    reviseArticle(id: $id, baseRevision: $baseRevision, input: $input, commandId: $commandId) { ...EditableArticleFields }
  }
`);

export const SubmitArticleForReviewMutation = graphql(`
  mutation SubmitArticleForReview($id: ID!, $revision: Int!, $commandId: ID!) {
    submitArticleForReview(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }
  }
`);

export const PublishArticleMutation = graphql(`
  mutation PublishArticle($id: ID!, $revision: Int!, $commandId: ID!) {
    publishArticle(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }
  }
`);

export const UnpublishArticleMutation = graphql(`
  mutation UnpublishArticle($id: ID!, $commandId: ID!) {
    unpublishArticle(id: $id, commandId: $commandId) { ...EditableArticleFields }
  }
`);

export const RestoreArticleRevisionMutation = graphql(`
  mutation RestoreArticleRevision($id: ID!, $baseRevision: Int!, $fromRevision: Int!, $commandId: ID!) {
    restoreArticleRevision(id: $id, baseRevision: $baseRevision, fromRevision: $fromRevision, commandId: $commandId) {
      ...EditableArticleFields
    }
  }
`);
