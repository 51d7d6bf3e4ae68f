import type { Locale } from '../locales';
import { en } from './en';
import { fa } from './fa';
import { ja } from './ja';
import { vi } from './vi';
import type { MessageShape, MessageTree } from './shape';

export type { MessageShape, MessageTree } from './shape';

export type SharedMessages = MessageShape<typeof en>;

export const sharedMessages: Readonly<Record<Locale, SharedMessages>> = { fa, en, ja, vi };

/** Every key of a message tree as a dotted path (`errors.CONFLICT`), for completeness checks. */
export function messageKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
  );
}

/** The app's messages over the shared ones; a later tree wins key by key, at any depth. */
export function mergeMessages(...trees: MessageTree[]): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = merged[key];
      merged[key] = typeof value === 'string' || typeof current !== 'object' ? value : mergeMessages(current, value);
    }
  }
  return merged;
}
