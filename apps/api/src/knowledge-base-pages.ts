/**
 * The public knowledge base as server-rendered HTML, from the knowledge base's read model:
 *
 * - `/kb` → the reader's language (cookie `deskstream.locale`, else Accept-Language);
 * - `/kb/<locale>`: home by product and stage, error codes, newest and most viewed, "ask us";
 * - `/kb/<locale>/<slug>`: an article (a view is recorded);
 * - `/kb/errors/<code>` and `/kb/<locale>/errors/<code>`: the article for an error code, or a list;
 * - `/kb/<locale>/search?q=`: results without JavaScript (a search that found nothing is recorded);
 * - `/kb/<locale>/ask` and the POST targets of the "ask us" and "was this helpful?" forms.
 *
 * Unknown addresses get a real 404 page in the reader's language. What visitors send goes through
 * the knowledge base's own public GraphQL mutations, run in process, so its checks and flood
 * limits apply exactly as to the client script. Registered before the static sites, whose
 * fallback would otherwise answer `/kb/…` with the portal's index.html.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  KnowledgeBasePages,
  RESERVED_SEGMENTS,
  articlePath,
  homePath,
  isPageLocale,
  preferredLocale,
  searchPath,
  type Notice,
  type PageResult,
  type RenderContext,
} from '@deskstream/knowledge-base-api';
import type { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { pageAssetsFrom } from './knowledge-base-pages-assets';

type Locale = Parameters<typeof homePath>[0];

export interface KnowledgeBasePagesOptions {
  readModel: KnowledgeBaseReadModel;
  /** The built portal, whose manifest names the pages' script and style sheet. */
  portalDir?: string;
  /**
   * `https://help.example.org` (PUBLIC_ORIGIN): the origin of canonical and hreflang links. Unset:
   * the links are relative to the page, never built from the request's Host header, which the
   * sender chooses.
   */
  publicOrigin?: string;
}

const RECORD_VIEW = 'mutation KbPageView($id: ID!) { recordArticleView(id: $id) }';
const REPORT_MISS =
  'mutation KbPageMiss($q: String!, $l: KnowledgeBaseLocale) { reportUnansweredSearch(query: $q, locale: $l) }';
const VOTE =
  'mutation KbPageVote($id: ID!, $h: Boolean!, $c: String) { voteOnArticle(id: $id, helpful: $h, comment: $c) { helpful } }';
const ASK = 'mutation KbPageAsk($input: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $input) { id } }';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
} as const;

/** A form field: the last value if sent more than once, trimmed, '' when absent. */
const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
};

const queryValue = (query: unknown, name: string): string | undefined => {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
};

function noticeFrom(query: unknown): Notice | undefined {
  if (queryValue(query, 'asked') === '1') return 'asked';
  if (queryValue(query, 'voted') === '1') return 'voted';
  if (queryValue(query, 'vote') === 'failed') return 'voteFailed';
  return undefined;
}

/** The path's segments after `/kb/`, decoded; undefined when one cannot be decoded. */
function segmentsOf(url: string): string[] | undefined {
  const path = url.split('?')[0]!.split('#')[0]!;
  try {
    return path
      .slice('/kb/'.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

const withQuery = (path: string, extra: string) => `${path}${path.includes('?') ? '&' : '?'}${extra}`;

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: { reason?: unknown; code?: unknown } }[];
}

/** A Fastify plugin, registered without fastify-plugin: the form parser stays with these routes. */
export async function knowledgeBasePages(app: FastifyInstance, options: KnowledgeBasePagesOptions): Promise<void> {
  const pages = new KnowledgeBasePages(options.readModel);
  const assets = pageAssetsFrom(options.portalDir, app.log);

  const contextOf = (_request: FastifyRequest): RenderContext => ({
    origin: options.publicOrigin ?? '',
    assets: assets(),
  });
  const readerLocale = (request: FastifyRequest): Locale =>
    preferredLocale(request.headers.cookie, request.headers['accept-language']);

  /** Runs one of the knowledge base's public mutations as this visitor; never throws. */
  const run = async (
    request: FastifyRequest,
    source: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlAnswer> => {
    try {
      return (await app.graphql(source, { clientAddress: request.ip } as never, variables)) as GraphqlAnswer;
    } catch (error) {
      request.log.warn({ err: error }, 'a knowledge-base page could not run its mutation');
      return { errors: [{ extensions: { reason: 'unknown' } }] };
    }
  };
  const reasonOf = (answer: GraphqlAnswer): string | undefined => {
    const reason = answer.errors?.[0]?.extensions?.reason;
    return typeof reason === 'string' ? reason : answer.errors?.length ? 'unknown' : undefined;
  };

  const send = (request: FastifyRequest, reply: FastifyReply, result: PageResult, negotiated = false) => {
    if (negotiated) reply.header('vary', 'Accept-Language, Cookie');
    if (result.kind === 'redirect')
      return reply.header('cache-control', 'no-cache').redirect(result.location, result.status);
    if (request.method === 'GET') {
      if (result.viewedArticleId !== undefined) void run(request, RECORD_VIEW, { id: result.viewedArticleId });
      if (result.unansweredQuery !== undefined)
        void run(request, REPORT_MISS, { q: result.unansweredQuery, l: result.locale });
    }
    const etag = `"${createHash('sha256').update(result.html).digest('base64url').slice(0, 27)}"`;
    reply.headers(PAGE_HEADERS).header('etag', etag);
    if (result.status === 200 && request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.code(result.status).send(result.html);
  };
  const redirect = (reply: FastifyReply, location: string, status: 301 | 302 | 303 = 302) =>
    reply.header('cache-control', 'no-cache').redirect(location, status);

  app.get('/kb', (request, reply) =>
    redirect(reply.header('vary', 'Accept-Language, Cookie'), homePath(readerLocale(request))),
  );

  app.get('/kb/*', (request, reply) => {
    const segments = segmentsOf(request.url);
    const context = contextOf(request);
    if (!segments) return send(request, reply, pages.notFound(readerLocale(request), context, undefined, true), true);
    const [first = '', second, third, ...rest] = segments;
    const q = queryValue(request.query, 'q') ?? '';
    const notice = noticeFrom(request.query);

    if (!isPageLocale(first)) {
      const locale = readerLocale(request);
      reply.header('vary', 'Accept-Language, Cookie');
      if (first === '' && second === undefined) return redirect(reply, homePath(locale));
      if (first === 'errors' && second !== undefined && second !== '' && third === undefined)
        return send(request, reply, pages.errorCode(second, locale, context), true);
      if (first === 'errors' && (second === undefined || second === ''))
        return redirect(reply, `${homePath(locale)}#error-codes`);
      if (first === 'search' && second === undefined) return redirect(reply, searchPath(locale, q));
      return send(request, reply, pages.notFound(locale, context, segments.join(' ')), true);
    }
    const locale = first;
    if (second === undefined) return send(request, reply, pages.home(locale, context, notice));
    if (second === '' && third === undefined) return redirect(reply, homePath(locale), 301);
    if (third === undefined) {
      if (second === 'search') return send(request, reply, pages.search(locale, q, context, notice));
      if (second === 'ask') return send(request, reply, pages.ask({ locale, asked: notice === 'asked' }, context));
      if (second === 'errors') return redirect(reply, `${homePath(locale)}#error-codes`);
      if ((RESERVED_SEGMENTS as readonly string[]).includes(second))
        return send(request, reply, pages.notFound(locale, context));
      return send(request, reply, pages.article(locale, second, context, notice));
    }
    if (second === 'errors' && third !== '' && rest.length === 0)
      return send(request, reply, pages.errorCode(third, locale, context));
    return send(request, reply, pages.notFound(locale, context, segments.slice(1).join(' ')));
  });

  // The forms post url-encoded bodies; the parser is this plugin's own.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  app.post<{ Params: { locale: string } }>('/kb/:locale/ask', async (request, reply) => {
    const context = contextOf(request);
    if (!isPageLocale(request.params.locale))
      return send(request, reply, pages.notFound(readerLocale(request), context));
    const locale = request.params.locale;
    const values = {
      question: field(request.body, 'question'),
      name: field(request.body, 'name'),
      email: field(request.body, 'email'),
    };
    const articleId = field(request.body, 'articleId');
    const searchQuery = field(request.body, 'searchQuery').slice(0, 200);
    // The same question sent twice the same day from the same address is one question.
    const commandId = `kb-page-${createHash('sha256')
      .update(
        JSON.stringify([request.ip, new Date().toISOString().slice(0, 10), locale, articleId, searchQuery, values]),
      )
      .digest('base64url')
      .slice(0, 32)}`;
    const answer = await run(request, ASK, {
      input: {
        ...values,
        name: values.name || null,
        email: values.email || null,
        locale,
        articleId: articleId || null,
        searchQuery: searchQuery || null,
        commandId,
      },
    });
    const reason = reasonOf(answer);
    if (reason !== undefined) {
      if (reason === 'KB_TOO_MANY_REQUESTS') reply.header('retry-after', '60');
      return send(
        request,
        reply,
        pages.ask(
          { locale, articleId: articleId || undefined, searchQuery: searchQuery || undefined, values, error: reason },
          context,
          400,
        ),
      );
    }
    const article = articleId ? options.readModel.catalog.publicArticle(articleId) : undefined;
    const back = article
      ? articlePath(article.content.locale, article.content.slug)
      : searchQuery
        ? searchPath(locale, searchQuery)
        : homePath(locale);
    return redirect(reply, `${withQuery(back, 'asked=1')}#kb-ask`, 303);
  });

  app.post<{ Params: { locale: string } }>('/kb/:locale/vote', async (request, reply) => {
    const context = contextOf(request);
    const locale = isPageLocale(request.params.locale) ? request.params.locale : readerLocale(request);
    const article = options.readModel.catalog.publicArticle(field(request.body, 'articleId'));
    const helpful = field(request.body, 'helpful');
    if (!article || (helpful !== 'yes' && helpful !== 'no'))
      return send(request, reply, pages.notFound(locale, context));
    const comment = field(request.body, 'comment').trim() || null;
    const answer = await run(request, VOTE, { id: article.id, h: helpful === 'yes', c: comment });
    const back = articlePath(article.content.locale, article.content.slug);
    return redirect(reply, `${back}?${reasonOf(answer) === undefined ? 'voted=1' : 'vote=failed'}#kb-helpful`, 303);
  });

  app.addHook('onReady', async () => {
    if (options.portalDir !== undefined && assets().scripts.length === 0) {
      app.log.warn(
        'the portal has no knowledge-base client build; knowledge-base pages are served without their script and styles',
      );
    }
  });
}
