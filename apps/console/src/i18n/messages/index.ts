import type { Locale, MessageTree } from '@deskstream/ui';
import { en } from './en';
import { fa } from './fa';
import { ja } from './ja';
import { vi } from './vi';

export const consoleMessages: Readonly<Record<Locale, MessageTree>> = { fa, en, ja, vi };
