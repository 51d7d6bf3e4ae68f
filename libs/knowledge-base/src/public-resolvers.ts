/**
 * The public half of the knowledge base's GraphQL module: search, article pages, lists, the home
 * index, and what visitors send (votes, views, questions, searches that found nothing). Anonymous,
 * with input size limits and flood limits per address.
 */
import { SEARCH_LIMITS, normalizeText } from '@deskstream/search';
import type { Actor } from '@deskstream/event-sourcing';
import { checkCommandId, clampFirst, commandError, knowledgeBaseError, type Context } from './access';
import { knowledgeBaseIndex, publicArticleView } from './article-views';
import { dayOf, type KnowledgeBaseCommands } from './commands';
import type { Locale } from './events';
import type { FloodGuard, VisitorAction } from './flood-guard';
import type { KnowledgeBaseReadModel } from './read-model';
import type { ViewTally } from './view-tally';
import { idFromCommand, queryKey, visitorKey } from './visitor-keys';

export interface PublicResolverDeps {
  readModel: KnowledgeBaseReadModel;
  commands: KnowledgeBaseCommands;
  flood: FloodGuard;
  views: ViewTally;
  now: () => Date;
}

const MAX_CODE_LENGTH = 64;
const MAX_SLUG_LENGTH = 200;
const VISITOR: Actor = { kind: 'visitor', id: 'anonymous' };

export function publicResolvers({ readModel, commands, flood, views, now }: PublicResolverDeps) {
  const { catalog } = readModel;
  const view = publicArticleView;
  const admit = (context: Context, action: VisitorAction) => {
    if (!flood.allow(action, address(context), now().getTime())) throw knowledgeBaseError('KB_TOO_MANY_REQUESTS');
  };
  const checkQuery = (query: string) => {
    if (query.length > SEARCH_LIMITS.maxQueryLength) throw knowledgeBaseError('KB_QUERY_TOO_LONG');
  };
  const requirePublic = (id: string) => {
    const article = catalog.publicArticle(id);
    if (!article) throw knowledgeBaseError('KB_ARTICLE_NOT_PUBLISHED');
    return article;
  };
  let indexCache: { version: number; byLocale: Map<Locale, ReturnType<typeof knowledgeBaseIndex>> } = { version: -1, byLocale: new Map() };

  return {
    Query: {
      searchArticles: (_root: unknown, args: { query: string; locale?: Locale | null; first?: number | null }) => {
        checkQuery(args.query);
        const result = readModel.search.search(args.query, { locale: args.locale ?? undefined, limit: clampFirst(args.first, 10, SEARCH_LIMITS.maxResults) });
        return {
          hits: result.hits.map((hit) => ({ article: view(catalog.publicArticle(hit.id)!), exactErrorCode: hit.exactErrorCode, score: hit.score })),
          total: result.total,
          terms: result.terms,
        };
      },
      article: (_root: unknown, args: { locale: Locale; slug: string }) => {
        if (args.slug.length > MAX_SLUG_LENGTH) return null;
        const article = catalog.publicBySlug(args.locale, args.slug.normalize('NFC'));
        return article ? view(article) : null;
      },
      articlesByErrorCode: (_root: unknown, args: { code: string; locale?: Locale | null }) => {
        if (args.code.length > MAX_CODE_LENGTH) throw knowledgeBaseError('KB_INPUT_TOO_LONG');
        return catalog.publicByErrorCode(args.code, args.locale ?? undefined).map(view);
      },
      newestArticles: (_root: unknown, args: { locale?: Locale | null; first?: number | null }) =>
        catalog.newest(args.locale ?? undefined).slice(0, clampFirst(args.first, 10, 100)).map(view),
      mostViewedArticles: (_root: unknown, args: { locale?: Locale | null; first?: number | null }) => {
        const ids = [...catalog.allPublic()].filter((article) => !args.locale || article.content.locale === args.locale).map((article) => article.id);
        return readModel.popularity.mostViewed(ids, clampFirst(args.first, 10, 100)).map((id) => view(catalog.publicArticle(id)!));
      },
      knowledgeBaseIndex: (_root: unknown, args: { locale: Locale }) => {
        if (indexCache.version !== catalog.publicVersion) indexCache = { version: catalog.publicVersion, byLocale: new Map() };
        let index = indexCache.byLocale.get(args.locale);
        if (!index) indexCache.byLocale.set(args.locale, (index = knowledgeBaseIndex(catalog.allPublic(), args.locale)));
        return index;
      },
    },
    Mutation: {
      voteOnArticle: async (_root: unknown, args: { id: string; helpful: boolean }, context: Context) => {
        admit(context, 'vote');
        requirePublic(args.id);
        const at = now().toISOString();
        const voter = visitorKey(address(context), dayOf(at));
        const outcome = await commands.vote(
          { type: 'VoteOnArticle', data: { articleId: args.id, helpful: args.helpful, voter, at } },
          `vote-${args.id}-${voter}-${dayOf(at)}`,
          VISITOR,
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return readModel.popularity.helpfulnessOf(args.id);
      },
      recordArticleView: (_root: unknown, args: { id: string }, context: Context) => {
        admit(context, 'view');
        requirePublic(args.id);
        views.view(args.id, visitorKey(address(context), dayOf(now().toISOString())));
        return true;
      },
      askKnowledgeBase: async (
        _root: unknown,
        { input }: { input: { question: string; locale: Locale; name?: string | null; email?: string | null; articleId?: string | null; searchQuery?: string | null; commandId: string } },
        context: Context,
      ) => {
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
        if (!outcome.ok) throw commandError(outcome.error);
        const asked = readModel.inbox.question(questionId)!;
        return { id: questionId, at: asked.at };
      },
      reportUnansweredSearch: async (_root: unknown, args: { query: string; locale?: Locale | null }, context: Context) => {
        checkQuery(args.query);
        const normalizedQuery = normalizeText(args.query);
        if (normalizedQuery === '' || readModel.search.search(args.query, { locale: args.locale ?? undefined, limit: 1 }).total > 0) return false;
        admit(context, 'searchMiss');
        const at = now().toISOString();
        const key = queryKey(normalizedQuery);
        const outcome = await commands.recordSearchMiss(
          { type: 'RecordSearchWithoutResults', data: { query: args.query.trim(), normalizedQuery, locale: args.locale ?? null, at } },
          key,
          `miss-${dayOf(at)}-${key}-${visitorKey(address(context), dayOf(at))}`,
          VISITOR,
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return outcome.events.length > 0;
      },
    },
  };
}

const address = (context: Context): string => context.clientAddress ?? 'unknown';
