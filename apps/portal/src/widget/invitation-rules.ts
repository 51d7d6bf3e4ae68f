/**
 * Proactive chat invitations: when the widget offers a chat by itself. A site sets its rules on
 * the script tag (one rule) or in a JSON element the tag names (several, the first that fits the
 * page wins):
 *
 *   <script src="…/widget.js" data-department="law" data-invite-after="20"
 *           data-invite-paths="/catalogue/*, /help" data-invite-when-online data-invite-frequency="day" async></script>
 *
 *   <script type="application/json" id="chat-invitations">
 *     { "invitations": [{ "afterSeconds": 20, "paths": ["/catalogue/*"], "whenOnline": true, "frequency": "day",
 *                         "message": { "fa": "…", "en": "…" } }] }
 *   </script>
 *   <script src="…/widget.js" data-invite-config="chat-invitations" async></script>
 *
 * Pure functions only: the widget feeds them the page, the clock, what it remembers and what the
 * chat frame says, and does what they answer.
 */
import type { FrameAvailability } from './frame-messages';
import type { WidgetLocale } from './widget-labels';

/** How often one visitor may be invited: once a day, once a visit (browser session), or on every page. */
export type InvitationFrequency = 'day' | 'visit' | 'page';

export interface InvitationRule {
  /** Seconds on the page before the invitation. */
  afterSeconds: number;
  /** Path patterns the page must match (`*` is any run of characters); none means every page. */
  paths: string[];
  /** Only while someone of the widget's department is online. */
  whenOnline: boolean;
  frequency: InvitationFrequency;
  /** The site's own text, in one language or per language; the widget's default otherwise. */
  message: string | Partial<Record<WidgetLocale, string>> | null;
}

export const DEFAULT_AFTER_SECONDS = 30;
/** Longer waits are cut to an hour; an invitation after that helps nobody. */
export const MAX_AFTER_SECONDS = 3600;
const MAX_MESSAGE_LENGTH = 300;
const MAX_RULES = 20;

const FREQUENCIES: readonly InvitationFrequency[] = ['day', 'visit', 'page'];

function seconds(value: unknown): number {
  const number =
    typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isFinite(number) || number < 0) return DEFAULT_AFTER_SECONDS;
  return Math.min(number, MAX_AFTER_SECONDS);
}

const frequency = (value: unknown): InvitationFrequency =>
  FREQUENCIES.includes(value as InvitationFrequency) ? (value as InvitationFrequency) : 'day';

const flag = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && value.trim().toLowerCase() !== 'false');

const patterns = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .filter((each): each is string => typeof each === 'string')
    .map((each) => each.trim())
    .filter((each) => each !== '');

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_MESSAGE_LENGTH) : null;

function message(value: unknown): InvitationRule['message'] {
  if (value === null || typeof value !== 'object') return text(value);
  const texts: Partial<Record<WidgetLocale, string>> = {};
  for (const locale of ['fa', 'en', 'ja', 'vi'] as const) {
    const each = text((value as Record<string, unknown>)[locale]);
    if (each) texts[locale] = each;
  }
  return Object.keys(texts).length > 0 ? texts : null;
}

function ruleFrom(source: Record<string, unknown>): InvitationRule {
  return {
    afterSeconds: seconds(source['afterSeconds']),
    paths: patterns(source['paths']),
    whenOnline: flag(source['whenOnline'] ?? false),
    frequency: frequency(source['frequency']),
    message: message(source['message']),
  };
}

/** Rules from a JSON text (`{ "invitations": [...] }` or the list alone); anything unreadable gives none. */
export function rulesFromJson(json: string | null | undefined): InvitationRule[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { invitations?: unknown } | null)?.invitations;
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (each): each is Record<string, unknown> => each !== null && typeof each === 'object' && !Array.isArray(each),
    )
    .slice(0, MAX_RULES)
    .map(ruleFrom);
}

/**
 * The rules of a script tag: from the JSON element named by `data-invite-config`, else one rule
 * from the `data-invite-*` attributes when any is set, else none (the widget never invites).
 */
export function rulesFromScript(
  dataset: Readonly<Record<string, string | undefined>>,
  jsonById: (id: string) => string | null,
): InvitationRule[] {
  const configId = dataset['inviteConfig']?.trim();
  if (configId) return rulesFromJson(jsonById(configId));
  const keys = ['inviteAfter', 'invitePaths', 'inviteWhenOnline', 'inviteFrequency', 'inviteMessage'];
  if (!keys.some((key) => dataset[key] !== undefined)) return [];
  return [
    ruleFrom({
      afterSeconds: dataset['inviteAfter'],
      paths: dataset['invitePaths'],
      whenOnline: dataset['inviteWhenOnline'] ?? false,
      frequency: dataset['inviteFrequency'],
      message: dataset['inviteMessage'],
    }),
  ];
}

/** Whether a path matches a pattern: the whole path, `*` standing for any run of characters. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The visitor's calendar day, `YYYY-MM-DD` in their own time zone. */
export function localDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** What the widget remembers of earlier invitations to this visitor. */
export interface InvitationMemory {
  /** The day of the last invitation (localStorage of the site). */
  lastDay: string | null;
  /** Whether one was shown in this visit (sessionStorage of the site). */
  shownThisVisit: boolean;
}

/** The rule for this page: the first whose paths match and whose frequency still allows one now. */
export function chooseInvitation(
  rules: readonly InvitationRule[],
  page: { path: string; now: Date; memory: InvitationMemory },
): InvitationRule | null {
  const rule = rules.find(
    (each) => each.paths.length === 0 || each.paths.some((pattern) => pathMatches(pattern, page.path)),
  );
  if (!rule) return null;
  if (rule.frequency === 'day' && page.memory.lastDay === localDay(page.now)) return null;
  if (rule.frequency === 'visit' && page.memory.shownThisVisit) return null;
  return rule;
}

/** What the chat frame last said, if it is loaded. */
export interface FrameSnapshot {
  screen: string;
  availability: FrameAvailability;
}

export type InvitationVerdict = 'wait' | 'show' | 'never';

/**
 * Whether to invite now: not before the time, never when the visitor already chats (or has opened
 * the panel), and with `whenOnline` only once the frame says someone of the department is online.
 */
export function invitationVerdict(
  rule: InvitationRule,
  state: { elapsedMs: number; panelOpened: boolean; frame: FrameSnapshot | null },
): InvitationVerdict {
  if (state.panelOpened || state.frame?.screen === 'chat') return 'never';
  if (state.elapsedMs < rule.afterSeconds * 1000) return 'wait';
  if (!rule.whenOnline) return 'show';
  return state.frame?.screen === 'form' && state.frame.availability === 'online' ? 'show' : 'wait';
}

/** The invitation's text in the widget's language: the site's own if it gave one for it. */
export function invitationText(rule: InvitationRule, locale: WidgetLocale, fallback: string): string {
  if (typeof rule.message === 'string') return rule.message;
  return rule.message?.[locale] ?? fallback;
}
