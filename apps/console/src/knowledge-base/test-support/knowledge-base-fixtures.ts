import type {
  ArticleContentFieldsFragment as ArticleContent,
  ArticleListEntryFieldsFragment as ArticleListEntry,
  EditableArticleFieldsFragment as EditableArticle,
  KnowledgeBaseQuestionFieldsFragment as KnowledgeBaseQuestion,
  Role,
  UnansweredSearchFieldsFragment as UnansweredSearch,
} from '../../generated/graphql';
import { useSessionStore } from '../../session/session-store';
import { createConsoleHarness, staffMember } from '../../testing/console-harness';

export const SARA = { staffId: 'agent-1', displayName: 'Sara Ahmadi' };
export const YUKI = { staffId: 'agent-3', displayName: 'Yuki Tanaka' };

export function articleContent(overrides: Partial<ArticleContent> = {}): ArticleContent {
  return {
    slug: 'error-1603',
    locale: 'en',
    translationGroup: 'error-1603',
    title: 'Error 1603 during setup',
    body: 'Run setup **again**.',
    products: [{ product: 'Desktop Library', versions: ['3.1'] }],
    stage: 'installation',
    errorCodes: ['1603'],
    symptoms: ['setup stops'],
    tags: ['installer'],
    ...overrides,
  };
}

/** An article as the api returns it, with `revisions` revisions by Sara an hour apart. */
export function editableArticle(
  options: {
    id?: string;
    revisions?: number;
    content?: Partial<ArticleContent>;
    published?: number | null;
    review?: number | null;
    by?: typeof SARA;
  } = {},
): EditableArticle {
  const count = options.revisions ?? 1;
  const by = options.by ?? SARA;
  const at = (revision: number) => new Date(Date.UTC(2026, 2, 21, 8 + revision, 0, 0)).toISOString();
  const kind = (revision: number) => (revision === 1 ? ('DRAFTED' as const) : ('REVISED' as const));
  const history: EditableArticle['history'] = Array.from({ length: count }, (_, index) => ({
    kind: kind(index + 1),
    revision: index + 1,
    fromRevision: null,
    by,
    at: at(index + 1),
  }));
  const published = options.published ?? null;
  if (published !== null)
    history.push({
      kind: 'PUBLISHED',
      revision: published,
      fromRevision: null,
      by: YUKI,
      at: new Date(Date.parse(at(count)) + 60_000).toISOString(),
    });
  const review = options.review ?? null;
  if (review !== null)
    history.push({
      kind: 'SUBMITTED_FOR_REVIEW',
      revision: review,
      fromRevision: null,
      by,
      at: new Date(Date.parse(at(count)) + 30_000).toISOString(),
    });
  const latest = count;
  return {
    id: options.id ?? 'article-1',
    status: published === latest ? 'PUBLISHED' : review === latest ? 'IN_REVIEW' : 'DRAFT',
    publishedRevision: published,
    reviewRevision: review,
    updatedAt: history.at(-1)!.at,
    latest: {
      revision: latest,
      kind: kind(latest),
      fromRevision: null,
      by,
      at: at(latest),
      ...articleContent(options.content),
    },
    history,
    revisions: Array.from({ length: count }, (_, index) => ({
      revision: index + 1,
      kind: kind(index + 1),
      fromRevision: null,
      by,
      at: at(index + 1),
      title: articleContent(options.content).title,
    })),
  };
}

export function listEntry(article: EditableArticle): ArticleListEntry {
  return {
    id: article.id,
    status: article.status,
    updatedAt: article.updatedAt,
    publishedRevision: article.publishedRevision,
    latest: article.latest,
  };
}

/** A console with a fake api, signed in as a staff member with these roles. */
export async function signedInConsole(
  roles: Role[],
  resolvers: Parameters<typeof createConsoleHarness>[0] = {},
  locale = 'en',
) {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles, displayName: 'Sara Ahmadi' }) } } }),
      ...resolvers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  return harness;
}

/** What visitors left: two questions and two searches that found nothing. */
export const QUESTIONS: KnowledgeBaseQuestion[] = [
  {
    id: 'q2',
    question: 'Setup asks for disc 3, but I only have two.',
    locale: 'en',
    name: null,
    email: 'reader@example.org',
    articleId: null,
    searchQuery: 'disc 3',
    at: '2026-03-21T10:00:00.000Z',
    answer: null,
  },
  {
    id: 'q1',
    question: 'چرا برنامه به‌جای حروف علامت سؤال نشان می‌دهد؟',
    locale: 'fa',
    name: 'مریم',
    email: null,
    articleId: 'question-marks.fa',
    searchQuery: null,
    at: '2026-03-20T10:00:00.000Z',
    answer: null,
  },
];
export const SEARCHES: UnansweredSearch[] = [
  {
    query: 'Fehlercode 0xC0000005',
    normalizedQuery: 'fehlercode 0xc0000005',
    locale: 'en',
    count: 1,
    firstAt: '2026-03-21T09:00:00.000Z',
    lastAt: '2026-03-21T09:00:00.000Z',
  },
  {
    query: 'خطای ۲۷۰۳',
    normalizedQuery: 'خطای 2703',
    locale: 'fa',
    count: 4,
    firstAt: '2026-03-19T09:00:00.000Z',
    lastAt: '2026-03-21T08:00:00.000Z',
  },
];
