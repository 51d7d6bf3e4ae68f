/**
 * `@deskstream/knowledge-base-domain`: the knowledge base's events, deciders, content rules and
 * error table, and how an article body is rendered. Pure TypeScript for Node and the browser:
 * the console's editor uses these rules and this Markdown setup as they are.
 */
export * from './knowledge-base-events';
export { LOCALES, isLocale, type Locale } from './locales';
export { KNOWLEDGE_BASE_ERRORS, reject, type KnowledgeBaseErrorReason, type KnowledgeBaseRejection } from './errors';
export {
  ARTICLE_FIELD_REASONS,
  CONTENT_LIMITS,
  RESERVED_SLUGS,
  SLUG_PATTERN,
  STAGE_PATTERN,
  TRANSLATION_GROUP_PATTERN,
  articleFieldProblems,
  checkContent,
  isContentRejection,
  isReservedSlug,
  isValidBody,
  isValidErrorCodes,
  isValidSlug,
  isValidStage,
  isValidSymptoms,
  isValidTags,
  isValidTitle,
  isValidTranslationGroup,
  sameContent,
  tidyList,
  tidyProducts,
  tidyTitle,
  type ArticleFieldProblems,
  type ArticleFieldReason,
} from './article-content';
export {
  articleDecider,
  decideArticle,
  evolveArticle,
  initialArticleState,
  type ArticleCommand,
  type ArticleState,
} from './article-decider';
export {
  MAX_MISSES_PER_DAY,
  QUESTION_LIMITS,
  checkAnswer,
  questionDecider,
  searchMissDecider,
  viewsDecider,
  voteDecider,
  type AnswerQuestionCommand,
  type AskQuestionCommand,
  type QuestionCommand,
  type QuestionEvent,
  type QuestionState,
  type CountViewsCommand,
  type RecordSearchMissCommand,
  type VoteCommand,
} from './visitor-deciders';
export {
  ARTICLE_HTML_ALLOW_LIST,
  EXTERNAL_LINK,
  IMAGE_STYLE,
  MAX_IMAGES,
  SAFE_IMAGE_URL,
  SAFE_LINK_URL,
  URL_WITH_SCHEME,
  createArticleMarkdown,
  isSafeImageUrl,
  isSafeLinkUrl,
} from './article-markdown';
export { diffContents, type DiffPart, type DiffPartKind, type FieldDiff } from './revision-diff';
export { KNOWLEDGE_BASE_ROLES, type KnowledgeBaseAbility } from './access-rules';
export { PUBLIC_LIMITS, isPublicListSize } from './public-limits';
