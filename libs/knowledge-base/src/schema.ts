/**
 * The knowledge base's part of the GraphQL schema. Public: search, articles by language and slug
 * or by error code, newest and most viewed, the index by product and stage, votes, views, questions
 * and searches that found nothing. Staff: editing, review, publishing, history, diffs, time travel
 * and the visitor inbox. The console and the portal are built against exactly this contract.
 */
export const knowledgeBaseTypeDefs = /* GraphQL */ `
  enum KnowledgeBaseLocale {
    fa
    en
    ja
    vi
  }

  enum ArticleStatus {
    DRAFT
    IN_REVIEW
    PUBLISHED
  }

  enum ArticleHistoryKind {
    DRAFTED
    REVISED
    RESTORED
    SUBMITTED_FOR_REVIEW
    PUBLISHED
    UNPUBLISHED
  }

  enum ArticleDiffPartKind {
    SAME
    ADDED
    REMOVED
  }

  type ArticleProduct {
    product: String!
    versions: [String!]!
  }

  type ArticleEditor {
    staffId: ID!
    displayName: String!
  }

  type ArticleHelpfulness {
    helpful: Int!
    notHelpful: Int!
  }

  "A link to another article: enough for a list, a breadcrumb or a language switcher."
  type ArticleLink {
    id: ID!
    locale: KnowledgeBaseLocale!
    slug: String!
    title: String!
  }

  "An article as the public sees it: one published revision."
  type Article {
    id: ID!
    locale: KnowledgeBaseLocale!
    slug: String!
    translationGroup: String!
    title: String!
    "Sanitised HTML rendered from the Markdown body."
    bodyHtml: String!
    bodyMarkdown: String!
    products: [ArticleProduct!]!
    stage: String!
    errorCodes: [String!]!
    symptoms: [String!]!
    tags: [String!]!
    revision: Int!
    publishedAt: String!
    firstPublishedAt: String!
    translations: [ArticleLink!]!
    views: Int!
    helpfulness: ArticleHelpfulness!
  }

  type ArticleSearchHit {
    article: Article!
    "One of the article's error codes appears whole in the query."
    exactErrorCode: Boolean!
    score: Float!
  }

  type ArticleSearchResult {
    hits: [ArticleSearchHit!]!
    total: Int!
    "The normalised terms that were looked up."
    terms: [String!]!
  }

  type KnowledgeBaseStage {
    stage: String!
    articles: [ArticleLink!]!
  }

  type KnowledgeBaseProduct {
    product: String!
    stages: [KnowledgeBaseStage!]!
  }

  type KnowledgeBaseErrorCode {
    code: String!
    articles: [ArticleLink!]!
  }

  "The knowledge base's home in one language: products with their stages, and the error-code index."
  type KnowledgeBaseIndex {
    locale: KnowledgeBaseLocale!
    products: [KnowledgeBaseProduct!]!
    errorCodes: [KnowledgeBaseErrorCode!]!
  }

  type ArticleRevision {
    revision: Int!
    kind: ArticleHistoryKind!
    fromRevision: Int
    by: ArticleEditor!
    at: String!
    slug: String!
    locale: KnowledgeBaseLocale!
    translationGroup: String!
    title: String!
    body: String!
    products: [ArticleProduct!]!
    stage: String!
    errorCodes: [String!]!
    symptoms: [String!]!
    tags: [String!]!
  }

  type ArticleHistoryEntry {
    kind: ArticleHistoryKind!
    revision: Int!
    fromRevision: Int
    by: ArticleEditor!
    at: String!
  }

  "An article as editors see it: the latest revision, where it stands, and its history."
  type EditableArticle {
    id: ID!
    status: ArticleStatus!
    latest: ArticleRevision!
    publishedRevision: Int
    reviewRevision: Int
    updatedAt: String!
    history: [ArticleHistoryEntry!]!
    revisions: [ArticleRevision!]!
  }

  type ArticleDiffPart {
    kind: ArticleDiffPartKind!
    text: String!
  }

  type ArticleFieldDiff {
    field: String!
    parts: [ArticleDiffPart!]!
  }

  type ArticleDiff {
    fromRevision: Int!
    toRevision: Int!
    fields: [ArticleFieldDiff!]!
  }

  type KnowledgeBaseQuestion {
    id: ID!
    question: String!
    locale: KnowledgeBaseLocale!
    name: String
    email: String
    articleId: ID
    searchQuery: String
    at: String!
  }

  type KnowledgeBaseQuestionReceipt {
    id: ID!
    at: String!
  }

  type UnansweredSearch {
    query: String!
    normalizedQuery: String!
    locale: KnowledgeBaseLocale
    count: Int!
    firstAt: String!
    lastAt: String!
  }

  input ArticleProductInput {
    product: String!
    versions: [String!]!
  }

  input ArticleInput {
    slug: String!
    locale: KnowledgeBaseLocale!
    "Shared by the translations of one article; defaults to the slug."
    translationGroup: String
    title: String!
    body: String!
    products: [ArticleProductInput!]!
    stage: String!
    errorCodes: [String!]!
    symptoms: [String!]!
    tags: [String!]!
  }

  input KnowledgeBaseQuestionInput {
    question: String!
    locale: KnowledgeBaseLocale!
    name: String
    email: String
    articleId: ID
    searchQuery: String
    commandId: ID!
  }

  extend type Query {
    searchArticles(query: String!, locale: KnowledgeBaseLocale, first: Int = 10): ArticleSearchResult!
    article(locale: KnowledgeBaseLocale!, slug: String!): Article
    articlesByErrorCode(code: String!, locale: KnowledgeBaseLocale): [Article!]!
    newestArticles(locale: KnowledgeBaseLocale, first: Int = 10): [Article!]!
    mostViewedArticles(locale: KnowledgeBaseLocale, first: Int = 10): [Article!]!
    knowledgeBaseIndex(locale: KnowledgeBaseLocale!): KnowledgeBaseIndex!

    editableArticles(locale: KnowledgeBaseLocale, status: ArticleStatus, first: Int = 100): [EditableArticle!]!
    editableArticle(id: ID!): EditableArticle
    articleDiff(id: ID!, fromRevision: Int!, toRevision: Int!): ArticleDiff!
    "The article exactly as the public saw it at that instant (ISO-8601), or null if it was not public then."
    articleAsPublishedAt(id: ID!, at: String!): Article
    knowledgeBaseQuestions(first: Int = 50): [KnowledgeBaseQuestion!]!
    unansweredSearches(first: Int = 50): [UnansweredSearch!]!
  }

  extend type Mutation {
    draftArticle(input: ArticleInput!, commandId: ID!): EditableArticle!
    reviseArticle(id: ID!, baseRevision: Int!, input: ArticleInput!, commandId: ID!): EditableArticle!
    submitArticleForReview(id: ID!, revision: Int!, commandId: ID!): EditableArticle!
    publishArticle(id: ID!, revision: Int!, commandId: ID!): EditableArticle!
    unpublishArticle(id: ID!, commandId: ID!): EditableArticle!
    restoreArticleRevision(id: ID!, baseRevision: Int!, fromRevision: Int!, commandId: ID!): EditableArticle!

    voteOnArticle(id: ID!, helpful: Boolean!): ArticleHelpfulness!
    recordArticleView(id: ID!): Boolean!
    askKnowledgeBase(input: KnowledgeBaseQuestionInput!): KnowledgeBaseQuestionReceipt!
    "Records that a search found nothing (the portal calls it when a visitor stops typing); true if it was recorded."
    reportUnansweredSearch(query: String!, locale: KnowledgeBaseLocale): Boolean!
  }
`;
