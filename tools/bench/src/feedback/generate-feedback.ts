/**
 * The feedback benchmark's events: `items` feedback items over the last year (six products with
 * four versions each, every kind, severity and channel, captured from every source), about half
 * classified again, one in ten dismissed, a third grouped into 500 topics (each answered), and
 * besides them satisfaction answers, chat ratings and searches that found nothing. Deterministic:
 * item n is always the same item.
 */
import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_SEVERITIES,
  FEEDBACK_SOURCE_KINDS,
  emptyFeedbackSource,
  type FeedbackContextEvent,
} from '@deskstream/feedback-domain';

export const PRODUCTS = ['noor-desk', 'jame-feqh', 'jame-osul-feqh', 'jame-teb', 'zariah', 'noor-network'];
export const VERSIONS = ['1.0', '2.0', '2.1', '3.0'];
export const TOPICS = 500;
/** The end of the generated year. */
export const END = Date.UTC(2026, 11, 1);
const DAY_MS = 24 * 60 * 60 * 1000;
const by = { kind: 'staff' as const, id: 'bench' };
const LANGUAGES = ['fa', 'en', 'ja', 'vi'] as const;

/** A small deterministic generator (mulberry32), so every run writes the same events. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

/** Item n's events (1–4 of them), at times within the year before `end`. */
export function itemEvents(n: number, end: number): FeedbackContextEvent[] {
  const r = random(n * 7919 + 1);
  const atMs = end - Math.floor(r() * 365 * DAY_MS);
  const at = new Date(atMs).toISOString();
  const later = (minutes: number) => new Date(atMs + minutes * 60_000).toISOString();
  const itemId = `bench-item-${n}`;
  const product = pick(PRODUCTS, r());
  const sourceKind = pick(FEEDBACK_SOURCE_KINDS, r());
  const events: FeedbackContextEvent[] = [
    {
      type: 'FeedbackCaptured',
      data: {
        itemId,
        source: { ...emptyFeedbackSource(sourceKind), chatId: `chat-${n}`, messageId: `m-${n}` },
        channel: pick(FEEDBACK_CHANNELS, r()),
        text: `Export stops with error ${1600 + (n % 40)} after updating (${n})`,
        product,
        version: pick(VERSIONS, r()),
        build: null,
        kind: r() < 0.2 ? null : pick(FEEDBACK_KINDS, r()),
        severity: r() < 0.2 ? null : pick(FEEDBACK_SEVERITIES, r()),
        tags: [],
        reporter: {
          kind: 'CUSTOMER',
          customerId: `customer-${Math.floor(r() * (n / 2 + 1))}`,
          ticketId: null,
          personal: { name: 'Bench Reporter', email: `reporter${n % 50_000}@example.org`, phone: null },
        },
        language: pick(LANGUAGES, r()),
        capturedBy: by,
        at,
      },
    },
  ];
  if (r() < 0.5)
    events.push({
      type: 'FeedbackClassified',
      data: {
        itemId,
        product,
        version: pick(VERSIONS, r()),
        build: null,
        kind: pick(FEEDBACK_KINDS, r()),
        severity: pick(FEEDBACK_SEVERITIES, r()),
        tags: ['bench'],
        by,
        at: later(30),
      },
    });
  if (r() < 0.1)
    events.push({ type: 'FeedbackDismissed', data: { itemId, reason: 'NOISE', duplicateOf: null, by, at: later(60) } });
  else if (r() < 0.33)
    events.push({
      type: 'FeedbackGrouped',
      data: { itemId, topicId: `bench-topic-${n % TOPICS}`, suggested: true, score: 0.8, by, at: later(90) },
    });
  return events;
}

/** The topics (opened and answered) the items are grouped into, at the start of the year. */
export function topicEvents(end: number): FeedbackContextEvent[] {
  const at = new Date(end - 366 * DAY_MS).toISOString();
  return Array.from({ length: TOPICS }, (_, k): FeedbackContextEvent[] => [
    {
      type: 'FeedbackTopicOpened',
      data: { topicId: `bench-topic-${k}`, title: `Topic ${k}`, product: PRODUCTS[k % 6]!, kind: 'BUG', by, at },
    },
    {
      type: 'FeedbackTopicAnswered',
      data: {
        topicId: `bench-topic-${k}`,
        answerId: `bench-answer-${k}`,
        status: 'FIXED',
        version: '3.0',
        reason: null,
        note: null,
        by,
        at,
      },
    },
  ]).flat();
}

/** Ratings and searches that found nothing, about one for every ten items. */
export function sideEvents(n: number, end: number): { type: string; data: unknown }[] {
  const r = random(n * 104_729 + 7);
  const at = new Date(end - Math.floor(r() * 365 * DAY_MS)).toISOString();
  if (n % 2 === 0)
    return [
      {
        type: 'ChatRated',
        data: { chatId: `chat-${n}`, score: 1 + Math.floor(r() * 5), comment: null, agent: null, ratedAt: at },
      },
    ];
  const query = `error ${1500 + Math.floor(r() * 300)}`;
  return [
    {
      type: 'KnowledgeBaseSearchFoundNothing',
      data: { query, normalizedQuery: query, locale: pick(LANGUAGES, r()), at },
    },
  ];
}
