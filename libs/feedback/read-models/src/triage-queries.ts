/**
 * The triage read model's questions: the queue with filters and cursor paging (newest first),
 * topics (newest activity first), and suggestions for an item: the topics and open items whose
 * texts are like its own, found through the feature index so only texts sharing a feature are
 * compared.
 */
import { normalizeText } from '@deskstream/search';
import {
  SUGGESTION_THRESHOLD,
  similarity,
  type FeedbackChannel,
  type FeedbackKind,
  type FeedbackLanguage,
  type FeedbackSeverity,
  type FeedbackSourceKind,
} from '@deskstream/feedback-domain';
import type { FeedbackItemRecord, FeedbackItemState, FeedbackTopicRecord, FeedbackTopicState } from './records';
import type { FeedbackTriageReadModel } from './triage-read-model';

export interface QueueFilter {
  state?: FeedbackItemState | null;
  unclassified?: boolean | null;
  product?: string | null;
  version?: string | null;
  kind?: FeedbackKind | null;
  severity?: FeedbackSeverity | null;
  channel?: FeedbackChannel | null;
  sourceKind?: FeedbackSourceKind | null;
  language?: FeedbackLanguage | null;
  tag?: string | null;
  topicId?: string | null;
  text?: string | null;
}

export interface TopicFilter {
  state?: FeedbackTopicState | null;
  product?: string | null;
  kind?: FeedbackKind | null;
  /** Only topics forwarded to one of these teams. */
  teamIds?: readonly string[] | null;
}

export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export const PAGE_SIZE = { default: 50, max: 200 } as const;

export const pageSize = (first: number | null | undefined): number =>
  Math.min(PAGE_SIZE.max, Math.max(1, first ?? PAGE_SIZE.default));

const cursorOf = (sequence: number) => Buffer.from(`s${sequence}`).toString('base64url');
const sequenceOf = (cursor: string | null | undefined): number | null => {
  if (!cursor) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString();
  return /^s\d+$/.test(decoded) ? Number(decoded.slice(1)) : null;
};

function page<T extends { sequence: number }>(matching: T[], first: number, after: string | null | undefined): Page<T> {
  const from = sequenceOf(after);
  const sorted = matching.sort((a, b) => b.sequence - a.sequence);
  const start = from === null ? 0 : sorted.findIndex((node) => node.sequence < from);
  const nodes = start < 0 ? [] : sorted.slice(start, start + first);
  const last = nodes.at(-1);
  return {
    nodes,
    endCursor: last ? cursorOf(last.sequence) : null,
    hasNextPage: start >= 0 && start + first < sorted.length,
    totalCount: matching.length,
  };
}

function matchesItem(item: FeedbackItemRecord, filter: QueueFilter, words: string[]): boolean {
  const state = filter.state ?? 'OPEN';
  if (item.state !== state) return false;
  if (filter.unclassified && item.kind !== null) return false;
  if (filter.product && item.product !== filter.product) return false;
  if (filter.version && item.version !== filter.version && item.build !== filter.version) return false;
  if (filter.kind && item.kind !== filter.kind) return false;
  if (filter.severity && item.severity !== filter.severity) return false;
  if (filter.channel && item.channel !== filter.channel) return false;
  if (filter.sourceKind && item.source.kind !== filter.sourceKind) return false;
  if (filter.language && item.language !== filter.language) return false;
  if (filter.tag && !item.tags.includes(filter.tag.trim().toLowerCase())) return false;
  if (filter.topicId && item.topicId !== filter.topicId) return false;
  if (words.length > 0) {
    const text = normalizeText(item.text);
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

export function queue(
  model: FeedbackTriageReadModel,
  filter: QueueFilter,
  first: number,
  after?: string | null,
): Page<FeedbackItemRecord> {
  const words = filter.text ? normalizeText(filter.text).split(' ').filter(Boolean) : [];
  // A topic's items are every state but dismissed; the state filter applies to the queue only.
  const scoped = filter.topicId ? { ...filter, state: filter.state ?? 'GROUPED' } : filter;
  const matching = [...model.items.values()].filter((item) => matchesItem(item, scoped, words));
  return page(matching, first, after);
}

export function topicState(topic: FeedbackTopicRecord): FeedbackTopicState {
  if (topic.answers.length > 0) return 'ANSWERED';
  return topic.teamId ? 'FORWARDED' : 'OPEN';
}

export function topics(
  model: FeedbackTriageReadModel,
  filter: TopicFilter,
  first: number,
  after?: string | null,
): Page<FeedbackTopicRecord> {
  const matching = [...model.topics.values()].filter(
    (topic) =>
      (!filter.state || topicState(topic) === filter.state) &&
      (!filter.product || topic.product === filter.product) &&
      (!filter.kind || topic.kind === filter.kind) &&
      (!filter.teamIds || (topic.teamId !== null && filter.teamIds.includes(topic.teamId))),
  );
  return page(matching, first, after);
}

/** Distinct reporters of a topic: a customer (or an address) once, however often they reported it. */
export function reporterCount(model: FeedbackTriageReadModel, topic: FeedbackTopicRecord): number {
  const reporters = new Set<string>();
  for (const itemId of topic.itemIds) {
    const item = model.items.get(itemId);
    if (!item) continue;
    const { customerId, personal } = item.reporter;
    reporters.add(
      customerId ? `c:${customerId}` : personal.email ? `e:${personal.email.toLowerCase()}` : `i:${item.id}`,
    );
  }
  return reporters.size;
}

export interface Suggestions {
  topics: { topic: FeedbackTopicRecord; score: number }[];
  items: { item: FeedbackItemRecord; score: number }[];
}

const SUGGESTIONS = 5;

export function suggestions(model: FeedbackTriageReadModel, itemId: string): Suggestions {
  const item = model.items.get(itemId);
  const features = model.features.get(itemId);
  if (!item || !features) return { topics: [], items: [] };
  const mine = { features, product: item.product };
  const candidates = new Set<string>();
  for (const feature of features.keys()) for (const id of model.itemsByFeature.get(feature) ?? []) candidates.add(id);
  candidates.delete(itemId);
  const byTopic = new Map<string, number>();
  const items: Suggestions['items'] = [];
  for (const id of candidates) {
    const other = model.items.get(id)!;
    if (other.state === 'DISMISSED') continue;
    const score = similarity(mine, { features: model.features.get(id)!, product: other.product });
    if (score < SUGGESTION_THRESHOLD) continue;
    if (other.topicId) byTopic.set(other.topicId, Math.max(byTopic.get(other.topicId) ?? 0, score));
    else items.push({ item: other, score });
  }
  for (const [topicId, topicFeatures] of model.topicFeatures) {
    const topic = model.topics.get(topicId)!;
    const score = similarity(mine, { features: topicFeatures, product: topic.product });
    if (score >= SUGGESTION_THRESHOLD) byTopic.set(topicId, Math.max(byTopic.get(topicId) ?? 0, score));
  }
  byTopic.delete(item.topicId ?? '');
  const best = <T extends { score: number }>(list: T[]) => list.sort((a, b) => b.score - a.score).slice(0, SUGGESTIONS);
  return {
    topics: best([...byTopic].map(([topicId, score]) => ({ topic: model.topics.get(topicId)!, score }))),
    items: best(items),
  };
}
