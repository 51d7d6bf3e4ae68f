/**
 * What the benchmark's visitors and agents say and where they come from: each message carries
 * a tag naming its direction, chat and number, so the receiving subscription can be matched to
 * the send; each visitor connects from an address of its own, as visitors of a real desk do
 * (the api's flood guard counts per client address).
 */

export type Direction = 'v' | 'a';

const VISITOR_LINES = [
  'Could you help me find the thesis guidelines of the faculty?',
  'Is the reading room open on Friday afternoon?',
  'I cannot open the e-book from home, it asks me to sign in again.',
  'How many books may I borrow with a graduate card?',
  'Where do I find the journal articles from 1998 on this subject?',
  'Can I renew the loan online or do I have to come to the desk?',
];

const AGENT_LINES = [
  'Certainly, here is the page with the guidelines.',
  'Yes, from 14:00 to 20:00 on Fridays.',
  'Please sign in with your library card number, then try the link again.',
  'Graduate students may borrow up to 10 books and 1 audio-visual item.',
  'The database of the faculty has them; I will send you the link.',
  'You can renew once online for two more weeks.',
];

const TAG = / #([va])-(\d+)-(\d+)$/;

/** A message of a chat, with its tag at the end. */
export function messageText(direction: Direction, chat: number, seq: number): string {
  const lines = direction === 'v' ? VISITOR_LINES : AGENT_LINES;
  return `${lines[(chat + seq) % lines.length]} #${direction}-${chat}-${seq}`;
}

/** The key of a tagged message (`v-12-3`), or undefined for any other text. */
export function messageKey(text: string): string | undefined {
  const match = TAG.exec(text);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** The key a sender gives its message, equal to what `messageKey` reads back. */
export const keyOf = (direction: Direction, chat: number, seq: number) => `${direction}-${chat}-${seq}`;

const PER_BLOCK = 250;

/** The loopback address visitor `index` connects from: 127.0.1.1, 127.0.1.2, … 127.0.1.250, 127.0.2.1, … */
export function visitorAddress(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= PER_BLOCK * 200)
    throw new RangeError(`no visitor address for ${index}`);
  return `127.0.${1 + Math.floor(index / PER_BLOCK)}.${1 + (index % PER_BLOCK)}`;
}

/** The loopback address agent `index` works from: 127.1.0.1, 127.1.0.2, … */
export function agentAddress(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= PER_BLOCK)
    throw new RangeError(`no agent address for ${index}`);
  return `127.1.0.${1 + index}`;
}

/** A whole number of ms, uniformly between `minMs` and `maxMs`. */
export function jittered(minMs: number, maxMs: number, random: () => number = Math.random): number {
  return Math.round(minMs + (maxMs - minMs) * random());
}
