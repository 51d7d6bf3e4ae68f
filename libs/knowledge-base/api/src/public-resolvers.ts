/**
 * The public half of the knowledge base's GraphQL module: search, article pages, lists, the home
 * index, and what visitors send (votes, views, questions, searches that found nothing). Anonymous,
 * with input size limits, list size limits (lists hold summaries: the body comes with `article`
 * only) and flood limits per address.
 */
import type { AccessContext } from '@deskstream/access';
import type { Actor } from '@deskstream/domain-kit';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import { PUBLIC_LIMITS, dayOf, type Locale } from '@deskstream/knowledge-base-domain';
import {
  knowledgeBaseIndex,
  type KnowledgeBaseIndexView,
  type KnowledgeBaseReadModel,
} from '@deskstream/knowledge-base-read-models';
import { SEARCH_LIMITS, normalizeText } from '@deskstream/search';
import { checkCommandId, kbCommandError, knowledgeBaseError, publicListSize } from './access';
import type { KnowledgeBaseCommands } from './commands';
import type { FloodGuard, VisitorAction } from './flood-guard';
import type { ViewTally } from './view-tally';
import { idFromCommand, queryKey, visitorKey } from './visitor-keys';

export interface PublicResolverDeps {
  readModel: KnowledgeBaseReadModel;
  commands: KnowledgeBaseCommands;
  flood: FloodGuard;
  views: ViewTally;
  now: () => Date;
}

const VISITOR: Actor = { kind: 'visitor', id: 'anonymous' };

export function publicResolvers({ readModel, commands, flood, views, now }: PublicResolverDeps) {
  const { catalog } = readModel;
  const admit = (context: AccessContext, action: VisitorAction) => {
    if (!flood.allow(action, address(context), now().getTime())) throw knowledgeBaseError('KB_RATE_LIMITED');
  };
  const checkQuery = (query: string) => {
    if (query.length > SEARCH_LIMITS.maxQueryLength) throw knowledgeBaseError('KB_QUERY_TOO_LONG');
  };
  const requirePublic = (id: string) => {
    const article = catalog.publicArticle(id);
    if (!article) throw knowledgeBaseError('KB_PUBLISHED_ARTICLE_NOT_FOUND');
    return article;
  };
  let indexCache: { version: number; byLocale: Map<Locale, KnowledgeBaseIndexView> } = {
    version: -1,
    byLocale: new Map(),
  };

  const Query = {
    searchArticles: (_root, args) => {
      checkQuery(args.query);
      const limit = Math.min(publicListSize(args.first, 10), SEARCH_LIMITS.maxResults);
      const result = readModel.search.search(args.query, { locale: args.locale ?? undefined, limit });
      return {
        hits: result.hits.map((hit) => ({
          article: catalog.publicArticle(hit.id)!,
          exactErrorCode: hit.exactErrorCode,
          score: hit.score,
        })),
        total: result.total,
        terms: result.terms,
      };
    },
    article: (_root, args) => {
      if (args.slug.length > PUBLIC_LIMITS.slug) return null;
      return catalog.publicBySlug(args.locale, args.slug.normalize('NFC')) ?? null;
    },
    articlesByErrorCode: (_root, args) => {
      if (args.code.length > PUBLIC_LIMITS.errorCode) throw knowledgeBaseError('KB_INPUT_TOO_LONG');
      const first = publicListSize(args.first, PUBLIC_LIMITS.listSize);
      return catalog.publicByErrorCode(args.code, args.locale ?? undefined).slice(0, first);
    },
    newestArticles: (_root, args) => catalog.newest(args.locale ?? undefined).slice(0, publicListSize(args.first, 10)),
    mostViewedArticles: (_root, args) => {
      const first = publicListSize(args.first, 10);
      const ids = [...catalog.allPublic()]
        .filter((article) => !args.locale || article.content.locale === args.locale)
        .map((article) => article.id);
      return readModel.popularity.mostViewed(ids, first).map((id) => catalog.publicArticle(id)!);
    },
    knowledgeBaseIndex: (_root, args) => {
      if (indexCache.version !== catalog.publicVersion)
        indexCache = { version: catalog.publicVersion, byLocale: new Map() };
      let index = indexCache.byLocale.get(args.locale);
      if (!index) indexCache.byLocale.set(args.locale, (index = knowledgeBaseIndex(catalog.allPublic(), args.locale)));
      return index;
    },
  } satisfies QueryResolvers;

  const Mutation = {
    voteOnArticle: async (_root, args, context) => {
      admit(context, 'vote');
      const { revision } = requirePublic(args.id);
      const at = now().toISOString();
      const voter = visitorKey(address(context), dayOf(at));
      const comment = args.comment ?? null;
      const data = { articleId: args.id, helpful: args.helpful, voter, at, comment, revision };
      const outcome = await commands.vote(
        { type: 'VoteOnArticle', data },
        `vote-${args.id}-${voter}-${dayOf(at)}`,
        VISITOR,
      );
      if (!outcome.ok) throw kbCommandError(outcome.error);
      return readModel.popularity.helpfulnessOf(args.id);
    },
    recordArticleView: (_root, args, context) => {
      admit(context, 'view');
      requirePublic(args.id);
      views.view(args.id, visitorKey(address(context), dayOf(now().toISOString())));
      return true;
    },
    askKnowledgeBase: async (_root, { input }, context) => {
      checkCommandId(input.commandId);
      admit(context, 'question');
      const articleId = input.articleId && catalog.articles.has(input.articleId) ? input.articleId : null;
      const questionId = idFromCommand(`question/${address(context)}`, input.commandId);
      const outcome = await commands.askQuestion(
        {
          type: 'AskQuestion',
          data: {
            questionId,
            question: input.question,
            locale: input.locale,
            name: input.name ?? null,
            email: input.email ?? null,
            articleId,
            searchQuery: input.searchQuery ?? null,
            at: now().toISOString(),
          },
        },
        `question-${questionId}`,
        VISITOR,
      );
      if (!outcome.ok) throw kbCommandError(outcome.error);
      const asked = readModel.inbox.question(questionId)!;
      return { id: questionId, at: asked.at };
    },
    reportUnansweredSearch: async (_root, args, context) => {
      checkQuery(args.query);
      const normalizedQuery = normalizeText(args.query);
      if (
        normalizedQuery === '' ||
        readModel.search.search(args.query, { locale: args.locale ?? undefined, limit: 1 }).total > 0
      )
        return false;
      admit(context, 'searchMiss');
      const at = now().toISOString();
      const key = queryKey(normalizedQuery);
      const outcome = await commands.recordSearchMiss(
        {
          type: 'RecordSearchWithoutResults',
          data: { query: args.query.trim(), normalizedQuery, locale: args.locale ?? null, at },
        },
        key,
        `miss-${dayOf(at)}-${key}-${visitorKey(address(context), dayOf(at))}`,
        VISITOR,
      );
      if (!outcome.ok) throw kbCommandError(outcome.error);
      return outcome.events.length > 0;
    },
  } satisfies MutationResolvers;

  return { Query, Mutation };
}

const address = (context: AccessContext): string => context.clientAddress ?? 'unknown';
