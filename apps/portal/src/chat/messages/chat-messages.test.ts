import { messageKeys } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { chatEn } from './en';
import { chatFa } from './fa';
import { chatJa } from './ja';
import { chatVi } from './vi';

const textAt = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;

describe('chat messages', () => {
  const keys = messageKeys(chatEn);

  it('are written in Persian, with Persian digits only', () => {
    for (const key of keys) {
      expect(textAt(chatFa, key), key).toMatch(/[\u0600-\u06FF]/);
      expect(textAt(chatFa, key), key).not.toMatch(/[0-9]/);
    }
  });

  it('keep the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of keys) {
      for (const other of [chatFa, chatJa, chatVi])
        expect(placeholders(textAt(other, key)), key).toEqual(placeholders(textAt(chatEn, key)));
    }
  });
});
