/** Feedback's limits and input rules, imported by the console and the portal as they are. */
import type { FeedbackClassification } from './feedback-events';
import { reject, type FeedbackRejection } from './errors';

export const FEEDBACK_LIMITS = {
  /** Characters of an item's text (a quote of the source). */
  textLength: 4000,
  tags: 20,
  tagLength: 40,
  /** A version or a pre-release build. */
  versionLength: 64,
  topicTitleLength: 200,
  answerNoteLength: 2000,
  teamNameLength: 100,
  teamProducts: 100,
  /** Items grouped by one command. */
  groupItems: 100,
  answersPerTopic: 100,
  /** Items one topic holds (more open a second topic). */
  topicItems: 10_000,
} as const;

/** Characters as a person counts them (code points, not UTF-16 units). */
export const characters = (text: string): number => [...text].length;

/** The first `max` characters of a text, trimmed: a quote of the source. */
export const quoteOf = (text: string, max: number = FEEDBACK_LIMITS.textLength): string =>
  [...text.trim()].slice(0, max).join('').trim();

const within = (text: string, max: number) => characters(text) >= 1 && characters(text) <= max;

export function checkFeedbackText(text: string): string | FeedbackRejection {
  const trimmed = text.trim();
  return within(trimmed, FEEDBACK_LIMITS.textLength) ? trimmed : reject('FEEDBACK_TEXT_INVALID');
}

/** Tags trimmed, lower-cased, without repeats; rejected past the limits. */
export function checkTags(tags: readonly string[]): string[] | FeedbackRejection {
  const cleaned = [...new Set(tags.map((tag) => tag.trim().toLowerCase()))];
  if (cleaned.length > FEEDBACK_LIMITS.tags) return reject('FEEDBACK_TAGS_INVALID');
  if (cleaned.some((tag) => !within(tag, FEEDBACK_LIMITS.tagLength))) return reject('FEEDBACK_TAGS_INVALID');
  return cleaned;
}

const optional = (value: string | null) => value?.trim() || null;

/** A classification trimmed and checked: versions and builds within their length, tags cleaned. */
export function checkClassification(given: FeedbackClassification): FeedbackClassification | FeedbackRejection {
  const tags = checkTags(given.tags);
  if (!Array.isArray(tags)) return tags;
  const version = optional(given.version);
  const build = optional(given.build);
  for (const value of [version, build, optional(given.product)])
    if (value !== null && characters(value) > FEEDBACK_LIMITS.versionLength) return reject('FEEDBACK_BUILD_INVALID');
  return { product: optional(given.product), version, build, kind: given.kind, severity: given.severity, tags };
}

export function checkTopicTitle(title: string): string | FeedbackRejection {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  return within(trimmed, FEEDBACK_LIMITS.topicTitleLength) ? trimmed : reject('FEEDBACK_TOPIC_TITLE_INVALID');
}

export const isRejectionOf = <T>(value: T | FeedbackRejection): value is FeedbackRejection =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value && 'message' in value;
