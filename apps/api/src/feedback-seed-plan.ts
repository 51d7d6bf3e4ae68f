/**
 * The demo feedback as a plan: every item, topic, answer and survey answer the seed writes, with
 * its id and how many days ago it happened — drawn from a generator with a fixed seed, so every
 * start plans the very same things (and the seed's command ids find them written already).
 */
import { DEMO_THEMES, DEMO_TEAM, type DemoTheme, type Lang } from './feedback-seed-data';

export type PlannedChannel = 'CHAT' | 'TICKET' | 'PHONE' | 'OFFLINE_QUESTION' | 'KNOWLEDGE_BASE' | 'STAFF';

export interface PlannedItem {
  itemId: string;
  theme: DemoTheme;
  channel: PlannedChannel;
  language: Lang;
  version: string | null;
  build: string | null;
  /** Null: left unclassified for the triage queue. */
  kind: DemoTheme['kind'] | null;
  severity: DemoTheme['severity'] | null;
  /** Minutes before the seed's now. */
  minutesAgo: number;
  reporter: { customerId: string | null; name: string | null; email: string | null } | null;
  staffId: string;
  fate: { grouped: string } | { dismissed: 'SPAM' | 'NOISE' } | { duplicateOf: string } | null;
}

export interface PlannedTopic {
  topicId: string;
  theme: DemoTheme;
  minutesAgo: number;
}

export interface PlannedSurveyAnswer {
  surveyId: string;
  invitationId: string;
  kind: 'SATISFACTION' | 'PRODUCT';
  product: string | null;
  language: Lang;
  rating: number;
  minutesAgo: number;
}

export interface FeedbackPlan {
  items: PlannedItem[];
  topics: PlannedTopic[];
  surveys: PlannedSurveyAnswer[];
}

const DAY_MINUTES = 24 * 60;
export const PLAN_DAYS = 90;

/** Mulberry32: a small, fast generator; the same seed gives the same numbers everywhere. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

const LANGUAGES: [Lang, number][] = [
  ['fa', 50],
  ['en', 25],
  ['ja', 12],
  ['vi', 13],
];

/** The demo's staff who capture feedback (sara, minh, yuki). */
export const CAPTURING_STAFF = [
  '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0002',
  '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0003',
  '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0004',
];

/** Demo customers by language (the customers seed's people), some reachable by mail. */
const REPORTERS: Record<Lang, { customerId: string; name: string; email: string }[]> = {
  fa: [
    { customerId: 'demo-maryam', name: 'مریم رضایی', email: 'maryam@example.org' },
    { customerId: 'demo-ali', name: 'علی محمدی', email: 'ali@example.org' },
    { customerId: 'demo-reza', name: 'رضا کریمی', email: 'reza.karimi@example.ir' },
  ],
  en: [
    { customerId: 'demo-hannah', name: 'Hannah Weber', email: 'hannah@example.com' },
    { customerId: 'demo-tom', name: 'Tom Baker', email: 'tom@example.net' },
  ],
  ja: [{ customerId: 'demo-ichiro', name: '鈴木 一郎', email: 'ichiro@example.jp' }],
  vi: [{ customerId: 'demo-lan', name: 'Nguyễn Thị Lan', email: 'lan@example.vn' }],
};

function channelsOf(theme: DemoTheme): [PlannedChannel, number][] {
  if (theme.versions.some((version) => version.includes('beta'))) return [['STAFF', 1]];
  return [
    ['CHAT', 30],
    ['TICKET', 25],
    ['PHONE', 15],
    ['OFFLINE_QUESTION', 10],
    ['KNOWLEDGE_BASE', theme.article ? 20 : 0],
  ];
}

/** When a theme's reports came: spread over the period, or mostly in a burst (after a release). */
function minutesAgoOf(random: () => number, theme: DemoTheme, index: number): number {
  if (!theme.burst) return Math.floor(random() * PLAN_DAYS * DAY_MINUTES);
  const centre = ((index * 37) % 3) * 20 + 15;
  const day = Math.max(0, Math.min(PLAN_DAYS - 1, centre + (random() + random() + random() - 1.5) * 12));
  return Math.floor(day * DAY_MINUTES + random() * DAY_MINUTES);
}

export function planDemoFeedback(scale = 1.2): FeedbackPlan {
  const random = generator(0x5eed14);
  const items: PlannedItem[] = [];
  const topics: PlannedTopic[] = [];
  DEMO_THEMES.forEach((theme, themeIndex) => {
    const count = Math.max(2, Math.round(theme.weight * scale));
    const topicId = theme.topic ? `demo-topic-${theme.key}` : null;
    const planned: PlannedItem[] = [];
    for (let index = 0; index < count; index++) {
      const channel = pick(random, channelsOf(theme));
      const language: Lang = channel === 'KNOWLEDGE_BASE' ? (random() < 0.6 ? 'fa' : 'en') : pick(random, LANGUAGES);
      const customer = REPORTERS[language][Math.floor(random() * REPORTERS[language].length)]!;
      // Most users leave no address; one in eight does (so the answers' way back shows both outcomes).
      const reachable = random() < 0.125;
      const prerelease = channel === 'STAFF';
      const unclassified = !topicId && random() < 0.15;
      planned.push({
        itemId: `demo-feedback-${theme.key}-${index + 1}`,
        theme,
        channel,
        language,
        version: prerelease ? null : theme.versions[Math.floor(random() * theme.versions.length)]!,
        build: prerelease ? theme.versions[0]! : null,
        kind: unclassified ? null : theme.kind,
        severity: unclassified ? null : theme.severity,
        minutesAgo: minutesAgoOf(random, theme, themeIndex),
        reporter: prerelease
          ? null
          : reachable
            ? customer
            : { customerId: random() < 0.5 ? customer.customerId : null, name: null, email: null },
        staffId: CAPTURING_STAFF[Math.floor(random() * CAPTURING_STAFF.length)]!,
        fate: null,
      });
    }
    planned.sort((a, b) => b.minutesAgo - a.minutesAgo);
    planned.forEach((item, index) => {
      const roll = random();
      if (roll < 0.04) item.fate = { dismissed: random() < 0.5 ? 'SPAM' : 'NOISE' };
      else if (roll < 0.08 && index > 0) item.fate = { duplicateOf: planned[index - 1]!.itemId };
      else if (topicId && roll < 0.9) item.fate = { grouped: topicId };
    });
    if (topicId) topics.push({ topicId, theme, minutesAgo: planned[0]!.minutesAgo - 60 });
    items.push(...planned);
  });
  return { items, topics, surveys: planSurveys(random, scale) };
}

function planSurveys(random: () => number, scale: number): PlannedSurveyAnswer[] {
  const surveys: PlannedSurveyAnswer[] = [];
  const satisfaction = Math.round(14 * scale);
  for (let index = 0; index < satisfaction; index++) {
    surveys.push({
      surveyId: `demo-survey-conversation-${index + 1}`,
      invitationId: `demo-survey-conversation-${index + 1}-invitation`,
      kind: 'SATISFACTION',
      product: null,
      language: pick(random, LANGUAGES),
      rating: pick(random, [
        [5, 45],
        [4, 30],
        [3, 12],
        [2, 8],
        [1, 5],
      ]),
      minutesAgo: Math.floor(random() * PLAN_DAYS * DAY_MINUTES),
    });
  }
  // One product survey a team sent about Noor Desk 2.0 five weeks ago, answered over the next days.
  const product = Math.round(30 * scale);
  for (let index = 0; index < product; index++) {
    surveys.push({
      surveyId: 'demo-survey-noor-desk-2',
      invitationId: `demo-survey-noor-desk-2-invitation-${index + 1}`,
      kind: 'PRODUCT',
      product: 'noor-desk',
      language: pick(random, LANGUAGES),
      rating: pick(random, [
        [5, 25],
        [4, 35],
        [3, 20],
        [2, 12],
        [1, 8],
      ]),
      minutesAgo: Math.floor((35 - random() * 10) * DAY_MINUTES),
    });
  }
  return surveys;
}

export { DEMO_TEAM };
