/**
 * The staff half of the knowledge base's GraphQL module: drafting, revising, review, publishing,
 * restoring, the full history, diffs between revisions, time travel, and the visitor inbox. Every
 * command carries the editor and the time; saves carry the revision the editor started from.
 */
import { requireStaff, type SignedInStaff } from '@deskstream/access';
import type { ArticleInput, MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import { diffContents, type ArticleCommand, type ArticleContent } from '@deskstream/knowledge-base-domain';
import {
  publicViewAt,
  revisionOf,
  statusOf,
  type ArticleRecord,
  type KnowledgeBaseReadModel,
} from '@deskstream/knowledge-base-read-models';
import { ROLES_FOR, checkCommandId, clampFirst, editorOf, kbCommandError, knowledgeBaseError } from './access';
import type { KnowledgeBaseCommands } from './commands';
import { questionView } from './question-answers';
import { idFromCommand } from './visitor-keys';

export interface EditorResolverDeps {
  readModel: KnowledgeBaseReadModel;
  commands: KnowledgeBaseCommands;
  now: () => Date;
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
  const run = async (
    staff: SignedInStaff,
    commandId: string,
    command: (by: ReturnType<typeof editorOf>, at: string) => ArticleCommand,
  ) => {
    checkCommandId(commandId);
    const built = command(editorOf(staff), now().toISOString());
    const outcome = await commands.article(built, `article-${built.type}-${staff.id}-${commandId}`, {
      kind: 'staff',
      id: staff.id,
    });
    if (!outcome.ok) throw kbCommandError(outcome.error);
    return requireArticle(built.data.articleId);
  };

  const Query = {
    editableArticles: (_root, args, context) => {
      requireStaff(context, ROLES_FOR.readArticleHistory);
      return [...catalog.articles.values()]
        .filter(
          (record) =>
            (!args.locale || record.revisions.at(-1)!.content.locale === args.locale) &&
            (!args.status || statusOf(record) === args.status),
        )
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1))
        .slice(0, clampFirst(args.first, 100, 500));
    },
    editableArticle: (_root, args, context) => {
      requireStaff(context, ROLES_FOR.readArticleHistory);
      return catalog.articles.get(args.id) ?? null;
    },
    articleDiff: (_root, args, context) => {
      requireStaff(context, ROLES_FOR.readArticleHistory);
      const record = requireArticle(args.id);
      const before = revisionOf(record, args.fromRevision);
      const after = revisionOf(record, args.toRevision);
      if (!before || !after) throw knowledgeBaseError('KB_REVISION_NOT_FOUND');
      return {
        fromRevision: args.fromRevision,
        toRevision: args.toRevision,
        fields: diffContents(before.content, after.content),
      };
    },
    articleAsPublishedAt: (_root, args, context) => {
      requireStaff(context, ROLES_FOR.readArticleHistory);
      const instant = new Date(args.at);
      if (args.at.length > 40 || Number.isNaN(instant.getTime())) throw knowledgeBaseError('KB_TIME_INVALID');
      return publicViewAt(requireArticle(args.id), instant) ?? null;
    },
    knowledgeBaseQuestions: (_root, args, context) => {
      requireStaff(context, ROLES_FOR.readVisitorInbox);
      return readModel.inbox.latestQuestions(clampFirst(args.first, 50, 500)).map(questionView);
    },
    unansweredSearches: (_root, args, context) => {
      requireStaff(context, ROLES_FOR.readVisitorInbox);
      return readModel.inbox.unansweredSearches(clampFirst(args.first, 50, 500));
    },
  } satisfies QueryResolvers;

  const Mutation = {
    draftArticle: (_root, args, context) => {
      const staff = requireStaff(context, ROLES_FOR.editArticles);
      checkCommandId(args.commandId);
      const articleId = idFromCommand(`article/${staff.id}`, args.commandId);
      checkSlugFree(args.input, articleId);
      return run(staff, args.commandId, (by, at) => ({
        type: 'DraftArticle',
        data: { articleId, content: toContent(args.input), by, at },
      }));
    },
    reviseArticle: (_root, args, context) => {
      const staff = requireStaff(context, ROLES_FOR.editArticles);
      requireArticle(args.id);
      checkSlugFree(args.input, args.id);
      return run(staff, args.commandId, (by, at) => ({
        type: 'ReviseArticle',
        data: { articleId: args.id, baseRevision: args.baseRevision, content: toContent(args.input), by, at },
      }));
    },
    submitArticleForReview: (_root, args, context) => {
      const staff = requireStaff(context, ROLES_FOR.editArticles);
      requireArticle(args.id);
      return run(staff, args.commandId, (by, at) => ({
        type: 'SubmitArticleForReview',
        data: { articleId: args.id, revision: args.revision, by, at },
      }));
    },
    publishArticle: (_root, args, context) => {
      const staff = requireStaff(context, ROLES_FOR.publishArticles);
      const record = requireArticle(args.id);
      const content = revisionOf(record, args.revision)?.content;
      if (content) {
        const holder = catalog.publicBySlug(content.locale, content.slug);
        if (holder && holder.id !== args.id) throw knowledgeBaseError('KB_SLUG_TAKEN');
      }
      return run(staff, args.commandId, (by, at) => ({
        type: 'PublishArticle',
        data: { articleId: args.id, revision: args.revision, by, at },
      }));
    },
    unpublishArticle: (_root, args, context) => {
      const staff = requireStaff(context, ROLES_FOR.publishArticles);
      requireArticle(args.id);
      return run(staff, args.commandId, (by, at) => ({
        type: 'UnpublishArticle',
        data: { articleId: args.id, by, at },
      }));
    },
    restoreArticleRevision: (_root, args, context) => {
      const staff = requireStaff(context, ROLES_FOR.editArticles);
      requireArticle(args.id);
      return run(staff, args.commandId, (by, at) => ({
        type: 'RestoreArticleRevision',
        data: { articleId: args.id, baseRevision: args.baseRevision, fromRevision: args.fromRevision, by, at },
      }));
    },
  } satisfies MutationResolvers;

  return { Query, Mutation };
}
