import { messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { expectCompleteMessages } from '../../testing/complete-messages';
import { portalMessages } from './index';
import { WIDGET_LABELS } from '../../widget/widget-labels';

describe('portal messages', () => {
  const englishKeys = messageKeys(portalMessages.en);

  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectCompleteMessages(locale, portalMessages, { values: { year: '2026' } });
  });

  it('writes placeholders in Persian, not English', () => {
    for (const key of englishKeys.filter((key) => key.startsWith('home.'))) {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], portalMessages.fa);
      expect(text, key).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("spell «گفت‌وگو» with a zero-width non-joiner in every Persian text, the widget's too", () => {
    const texts = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap(texts);
    const persian = [...texts(portalMessages.fa), ...texts(WIDGET_LABELS.fa)];
    expect(persian.filter((text) => text.includes('گفت'))).not.toHaveLength(0);
    for (const text of persian) expect(text).not.toMatch(/گفتگو|گفت\s+و\s*گو|گفت‌و\s+گو/);
  });
});
