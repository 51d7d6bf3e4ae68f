import type { TextDirection } from '@deskstream/ui';

/**
 * A name or code set inside a right-to-left sentence (a Latin staff name before Persian digits)
 * is wrapped in first-strong isolates (U+2068 … U+2069), so the browser lays it out on its own
 * instead of reordering the words around it. Left-to-right sentences need nothing.
 */
export function isolateIn(direction: TextDirection, text: string): string {
  return direction === 'rtl' ? `\u2068${text}\u2069` : text;
}
