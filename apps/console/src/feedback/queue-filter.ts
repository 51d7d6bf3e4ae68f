import type {
  FeedbackChannel,
  FeedbackItemState,
  FeedbackKind,
  FeedbackQueueFilter,
  FeedbackSeverity,
} from '../generated/graphql';

/** What the triage queue shows, kept in the page's address so a view can be bookmarked. */
export interface QueueChoice {
  state: FeedbackItemState;
  unclassified: boolean;
  product: string | null;
  kind: FeedbackKind | null;
  severity: FeedbackSeverity | null;
  channel: FeedbackChannel | null;
  text: string;
  /** The item open beside the list. */
  item: string | null;
}

export const ITEM_STATES: readonly FeedbackItemState[] = ['OPEN', 'GROUPED', 'DISMISSED'];
export const KINDS: readonly FeedbackKind[] = [
  'BUG',
  'FEATURE_REQUEST',
  'USABILITY',
  'CONTENT_ERROR',
  'COMPLAINT',
  'PRAISE',
  'QUESTION',
];
export const SEVERITIES: readonly FeedbackSeverity[] = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'];
export const CHANNELS: readonly FeedbackChannel[] = [
  'CHAT',
  'TICKET',
  'PHONE',
  'OFFLINE_QUESTION',
  'KNOWLEDGE_BASE',
  'SURVEY',
  'STAFF',
];

export const defaultQueueChoice = (): QueueChoice => ({
  state: 'OPEN',
  unclassified: false,
  product: null,
  kind: null,
  severity: null,
  channel: null,
  text: '',
  item: null,
});

const one = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : null;
};
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | null => {
  const found = one(value);
  return found && (allowed as readonly string[]).includes(found) ? (found as T) : null;
};

/** The choice in an address's query (`?state=…&unclassified=1&product=…&kind=…&severity=…&channel=…&q=…&item=…`). */
export function choiceFromQuery(query: Record<string, unknown>): QueueChoice {
  return {
    state: oneOf(query['state'], ITEM_STATES) ?? 'OPEN',
    unclassified: one(query['unclassified']) === '1',
    product: one(query['product']),
    kind: oneOf(query['kind'], KINDS),
    severity: oneOf(query['severity'], SEVERITIES),
    channel: oneOf(query['channel'], CHANNELS),
    text: one(query['q']) ?? '',
    item: one(query['item']),
  };
}

/** The address's query for a choice: only what differs from the default. */
export function queryFromChoice(choice: QueueChoice): Record<string, string> {
  const query: Record<string, string> = {};
  if (choice.state !== 'OPEN') query['state'] = choice.state;
  if (choice.unclassified) query['unclassified'] = '1';
  if (choice.product) query['product'] = choice.product;
  if (choice.kind) query['kind'] = choice.kind;
  if (choice.severity) query['severity'] = choice.severity;
  if (choice.channel) query['channel'] = choice.channel;
  if (choice.text.trim()) query['q'] = choice.text.trim();
  if (choice.item) query['item'] = choice.item;
  return query;
}

/** The api's filter for a choice (the open item aside), a page of `first` after `after`. */
export function filterOf(choice: QueueChoice, first: number, after: string | null = null): FeedbackQueueFilter {
  const filter: FeedbackQueueFilter = { state: choice.state, first };
  if (choice.unclassified) filter.unclassified = true;
  if (choice.product) filter.product = choice.product;
  if (choice.kind) filter.kind = choice.kind;
  if (choice.severity) filter.severity = choice.severity;
  if (choice.channel) filter.channel = choice.channel;
  if (choice.text.trim()) filter.text = choice.text.trim();
  if (after) filter.after = after;
  return filter;
}

/** Whether two choices list the same items (the open item may differ). */
export const sameList = (a: QueueChoice, b: QueueChoice): boolean =>
  JSON.stringify({ ...a, item: null }) === JSON.stringify({ ...b, item: null });

/** Tags as typed ("a, b ,c") → ["a", "b", "c"]. */
export const tagsFrom = (typed: string): string[] =>
  typed
    .split(/[,،、]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
