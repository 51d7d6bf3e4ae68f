/** The pages' texts in every language they are served in. */
import type { Locale } from '@deskstream/knowledge-base-domain';
import { en, type PageTexts } from './en';
import { fa } from './fa';
import { ja } from './ja';
import { vi } from './vi';
import type { TextShape } from './shape';

export type { PageTexts };
export type Texts = TextShape<PageTexts>;

export const PAGE_TEXTS: Readonly<Record<Locale, Texts>> = { fa, en, ja, vi };

/** Stage keys the texts name; any other stage is shown as its key, in words. */
export function stageLabel(texts: Texts, stage: string): string {
  const stages = texts.stages as Readonly<Record<string, string>>;
  return Object.hasOwn(stages, stage) ? stages[stage]! : stage.replace(/-/g, ' ');
}
