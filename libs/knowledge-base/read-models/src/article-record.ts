/**
 * One article as the read side keeps it: every revision with who wrote it and when, the full
 * history of what happened to it, and when which revision was public (for time travel).
 */
import type { ArticleContent, Editor, Locale } from '@deskstream/knowledge-base-domain';

export type RevisionKind = 'DRAFTED' | 'REVISED' | 'RESTORED';
export type HistoryKind = RevisionKind | 'SUBMITTED_FOR_REVIEW' | 'PUBLISHED' | 'UNPUBLISHED';

export interface RevisionRecord {
  revision: number;
  kind: RevisionKind;
  /** For a restore: the revision whose content came back. */
  fromRevision: number | null;
  content: ArticleContent;
  by: Editor;
  at: string;
}

export interface HistoryEntry {
  kind: HistoryKind;
  revision: number;
  fromRevision: number | null;
  by: Editor;
  at: string;
}

/** From `from` on, the public saw `revision` (or nothing, for null) — until the next period. */
export interface PublicPeriod {
  from: string;
  revision: number | null;
}

export interface ArticleRecord {
  id: string;
  revisions: RevisionRecord[];
  history: HistoryEntry[];
  reviewRevision: number | null;
  publishedRevision: number | null;
  /** When it first became public; what "newest" sorts by. */
  firstPublishedAt: string | null;
  /** When the revision now public was published. */
  publishedAt: string | null;
  updatedAt: string;
  timeline: PublicPeriod[];
}

/** An article as the public sees it: one published revision. */
export interface PublicArticle {
  id: string;
  revision: number;
  content: ArticleContent;
  publishedAt: string;
  firstPublishedAt: string;
}

export type ArticleStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

export const latestRevision = (record: ArticleRecord): RevisionRecord => record.revisions[record.revisions.length - 1]!;

export const revisionOf = (record: ArticleRecord, revision: number): RevisionRecord | undefined =>
  record.revisions[revision - 1];

export function statusOf(record: ArticleRecord): ArticleStatus {
  const revision = latestRevision(record).revision;
  if (record.publishedRevision === revision) return 'PUBLISHED';
  if (record.reviewRevision === revision) return 'IN_REVIEW';
  return 'DRAFT';
}

export function publicView(record: ArticleRecord): PublicArticle | undefined {
  if (record.publishedRevision === null) return undefined;
  return {
    id: record.id,
    revision: record.publishedRevision,
    content: revisionOf(record, record.publishedRevision)!.content,
    publishedAt: record.publishedAt!,
    firstPublishedAt: record.firstPublishedAt!,
  };
}

/** The article exactly as the public saw it at `instant`, or undefined if it was not public then. */
export function publicViewAt(record: ArticleRecord, instant: Date): PublicArticle | undefined {
  const time = instant.getTime();
  let current: PublicPeriod | undefined;
  for (const period of record.timeline) {
    if (Date.parse(period.from) > time) break;
    current = period;
  }
  if (!current || current.revision === null) return undefined;
  return {
    id: record.id,
    revision: current.revision,
    content: revisionOf(record, current.revision)!.content,
    publishedAt: current.from,
    firstPublishedAt: record.timeline.find((period) => period.revision !== null)!.from,
  };
}

export const localeSlugKey = (locale: Locale, slug: string) => `${locale}/${slug}`;
