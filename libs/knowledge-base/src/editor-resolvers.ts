/**
 * The staff half of the knowledge base's GraphQL module: drafting, revising, review, publishing,
 * restoring, the full history, diffs between revisions, time travel, and the visitor inbox. Every
 * command carries the editor and the time; saves carry the revision the editor started from.
 */
import { requireStaff, type SignedInStaff } from '@deskstream/access';
import { ROLES_FOR, checkCommandId, clampFirst, commandError, editorOf, knowledgeBaseError, type Context } from './access';
import type { ArticleCommand } from './article-decider';
import { publicViewAt, revisionOf, statusOf, type ArticleRecord, type ArticleStatus } from './article-record';
import { editableArticleView, publicArticleView } from './article-views';
import type { KnowledgeBaseCommands } from './commands';
import type { ArticleContent, Locale, ProductVersions } from './events';
import type { KnowledgeBaseReadModel } from './read-model';
import { diffContents } from './revision-diff';
import { idFromCommand } from './visitor-keys';

export interface EditorResolverDeps {
  readModel: KnowledgeBaseReadModel;
  commands: KnowledgeBaseCommands;
  now: () => Date;
}

export interface ArticleInput {
  slug: string;
  locale: Locale;
  translationGroup?: string | null;
  title: string;
  body: string;
  products: ProductVersions[];
  stage: string;
  errorCodes: string[];
  symptoms: string[];
  tags: string[];
}

const toContent = (input: ArticleInput): ArticleContent => ({
  slug: input.slug,
  locale: input.locale,
  translationGroup: input.translationGroup?.trim() || input.slug.trim(),
  title: input.title,
  body: input.body,
  products: input.products.map(({ product, versions }) => ({ product, versions: [...versions] })),
  stage: input.stage,
  errorCodes: [...input.errorCodes],
  symptoms: [...input.symptoms],
  tags: [...input.tags],
});

export function editorResolvers({ readModel, commands, now }: EditorResolverDeps) {
  const { catalog } = readModel;
  const requireArticle = (id: string): ArticleRecord => {
    const record = catalog.articles.get(id);
    if (!record) throw knowledgeBaseError('KB_ARTICLE_NOT_FOUND');
    return record;
  };
  const checkSlugFree = (input: ArticleInput, articleId: string) => {
    const holder = catalog.articleUsingSlug(input.locale, input.slug.trim());
    if (holder !== undefined && holder !== articleId) throw knowledgeBaseError('KB_SLUG_TAKEN');
  };
  /** Runs an article command for the staff member and answers with the article as editors now see it. */
  const run = async (staff: SignedInStaff, commandId: string, command: (by: ReturnType<typeof editorOf>, at: string) => ArticleCommand) => {
    checkCommandId(commandId);
    const built = command(editorOf(staff), now().toISOString());
    const outcome = await commands.article(built, `article-${built.type}-${staff.id}-${commandId}`, { kind: 'staff', id: staff.id });
    if (!outcome.ok) throw commandError(outcome.error);
    return editableArticleView(requireArticle(built.data.articleId));
  };

  return {
    Query: {
      editableArticles: (_root: unknown, args: { locale?: Locale | null; status?: ArticleStatus | null; first?: number | null }, context: Context) => {
        requireStaff(context, ROLES_FOR.readArticleHistory);
        return [...catalog.articles.values()]
          .filter((record) => (!args.locale || record.revisions.at(-1)!.content.locale === args.locale) && (!args.status || statusOf(record) === args.status))
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1))
          .slice(0, clampFirst(args.first, 100, 500))
          .map(editableArticleView);
      },
      editableArticle: (_root: unknown, args: { id: string }, context: Context) => {
        requireStaff(context, ROLES_FOR.readArticleHistory);
        const record = catalog.articles.get(args.id);
        return record ? editableArticleView(record) : null;
      },
      articleDiff: (_root: unknown, args: { id: string; fromRevision: number; toRevision: number }, context: Context) => {
        requireStaff(context, ROLES_FOR.readArticleHistory);
        const record = requireArticle(args.id);
        const before = revisionOf(record, args.fromRevision);
        const after = revisionOf(record, args.toRevision);
        if (!before || !after) throw knowledgeBaseError('KB_REVISION_NOT_FOUND');
        return { fromRevision: args.fromRevision, toRevision: args.toRevision, fields: diffContents(before.content, after.content) };
      },
      articleAsPublishedAt: (_root: unknown, args: { id: string; at: string }, context: Context) => {
        requireStaff(context, ROLES_FOR.readArticleHistory);
        const instant = new Date(args.at);
        if (args.at.length > 40 || Number.isNaN(instant.getTime())) throw knowledgeBaseError('KB_TIME_INVALID');
        const seen = publicViewAt(requireArticle(args.id), instant);
        return seen ? publicArticleView(seen) : null;
      },
      knowledgeBaseQuestions: (_root: unknown, args: { first?: number | null }, context: Context) => {
        requireStaff(context, ROLES_FOR.readVisitorInbox);
        return readModel.inbox.latestQuestions(clampFirst(args.first, 50, 500)).map((question) => ({ id: question.questionId, ...question }));
      },
      unansweredSearches: (_root: unknown, args: { first?: number | null }, context: Context) => {
        requireStaff(context, ROLES_FOR.readVisitorInbox);
        return readModel.inbox.unansweredSearches(clampFirst(args.first, 50, 500));
      },
    },
    Mutation: {
      draftArticle: (_root: unknown, args: { input: ArticleInput; commandId: string }, context: Context) => {
        const staff = requireStaff(context, ROLES_FOR.editArticles);
        checkCommandId(args.commandId);
        const articleId = idFromCommand(`article/${staff.id}`, args.commandId);
        checkSlugFree(args.input, articleId);
        return run(staff, args.commandId, (by, at) => ({ type: 'DraftArticle', data: { articleId, content: toContent(args.input), by, at } }));
      },
      reviseArticle: (_root: unknown, args: { id: string; baseRevision: number; input: ArticleInput; commandId: string }, context: Context) => {
        const staff = requireStaff(context, ROLES_FOR.editArticles);
        requireArticle(args.id);
        checkSlugFree(args.input, args.id);
        return run(staff, args.commandId, (by, at) => ({
          type: 'ReviseArticle',
          data: { articleId: args.id, baseRevision: args.baseRevision, content: toContent(args.input), by, at },
        }));
      },
      submitArticleForReview: (_root: unknown, args: { id: string; revision: number; commandId: string }, context: Context) => {
        const staff = requireStaff(context, ROLES_FOR.editArticles);
        requireArticle(args.id);
        return run(staff, args.commandId, (by, at) => ({ type: 'SubmitArticleForReview', data: { articleId: args.id, revision: args.revision, by, at } }));
      },
      publishArticle: (_root: unknown, args: { id: string; revision: number; commandId: string }, context: Context) => {
        const staff = requireStaff(context, ROLES_FOR.publishArticles);
        const record = requireArticle(args.id);
        const content = revisionOf(record, args.revision)?.content;
        if (content) {
          const holder = catalog.publicBySlug(content.locale, content.slug);
          if (holder && holder.id !== args.id) throw knowledgeBaseError('KB_SLUG_TAKEN');
        }
        return run(staff, args.commandId, (by, at) => ({ type: 'PublishArticle', data: { articleId: args.id, revision: args.revision, by, at } }));
      },
      unpublishArticle: (_root: unknown, args: { id: string; commandId: string }, context: Context) => {
        const staff = requireStaff(context, ROLES_FOR.publishArticles);
        requireArticle(args.id);
        return run(staff, args.commandId, (by, at) => ({ type: 'UnpublishArticle', data: { articleId: args.id, by, at } }));
      },
      restoreArticleRevision: (_root: unknown, args: { id: string; baseRevision: number; fromRevision: number; commandId: string }, context: Context) => {
        const staff = requireStaff(context, ROLES_FOR.editArticles);
        requireArticle(args.id);
        return run(staff, args.commandId, (by, at) => ({
          type: 'RestoreArticleRevision',
          data: { articleId: args.id, baseRevision: args.baseRevision, fromRevision: args.fromRevision, by, at },
        }));
      },
    },
  };
}
