/**
 * Fields of the knowledge base's GraphQL types that come from read-model records: an article as
 * the public sees it (`PublicArticle`: one published revision), the same without its body in
 * lists, and an article as editors see it (`ArticleRecord` and its `RevisionRecord`s). Body HTML,
 * translations, views and votes are looked up only when asked for.
 */
import type {
  ArticleResolvers,
  ArticleRevisionResolvers,
  ArticleSummaryResolvers,
  EditableArticleResolvers,
} from '@deskstream/graphql-types';
import {
  latestRevision,
  linkTo,
  statusOf,
  type KnowledgeBaseReadModel,
  type PublicArticle,
} from '@deskstream/knowledge-base-read-models';

export function articleFieldResolvers(readModel: KnowledgeBaseReadModel) {
  const summary = {
    locale: (article: PublicArticle) => article.content.locale,
    slug: (article: PublicArticle) => article.content.slug,
    translationGroup: (article: PublicArticle) => article.content.translationGroup,
    title: (article: PublicArticle) => article.content.title,
    products: (article: PublicArticle) => article.content.products,
    stage: (article: PublicArticle) => article.content.stage,
    errorCodes: (article: PublicArticle) => article.content.errorCodes,
    symptoms: (article: PublicArticle) => article.content.symptoms,
    tags: (article: PublicArticle) => article.content.tags,
    translations: (article: PublicArticle) => readModel.catalog.translationsOf(article).map(linkTo),
    views: (article: PublicArticle) => readModel.popularity.viewsOf(article.id),
    helpfulness: (article: PublicArticle) => readModel.popularity.helpfulnessOf(article.id),
  } satisfies ArticleSummaryResolvers;

  const ArticleSummary: ArticleSummaryResolvers = summary;
  const Article: ArticleResolvers = {
    ...summary,
    bodyMarkdown: (article) => article.content.body,
    bodyHtml: (article) => readModel.renderedBody(article.id, article.revision) ?? '',
  };
  const EditableArticle: EditableArticleResolvers = {
    status: (record) => statusOf(record),
    latest: (record) => latestRevision(record),
    revisions: (record) => record.revisions,
  };
  const ArticleRevision: ArticleRevisionResolvers = {
    slug: (revision) => revision.content.slug,
    locale: (revision) => revision.content.locale,
    translationGroup: (revision) => revision.content.translationGroup,
    title: (revision) => revision.content.title,
    body: (revision) => revision.content.body,
    products: (revision) => revision.content.products,
    stage: (revision) => revision.content.stage,
    errorCodes: (revision) => revision.content.errorCodes,
    symptoms: (revision) => revision.content.symptoms,
    tags: (revision) => revision.content.tags,
  };
  return { Article, ArticleSummary, EditableArticle, ArticleRevision };
}
