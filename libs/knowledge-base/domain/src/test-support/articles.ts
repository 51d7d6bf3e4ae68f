/** Sample articles and editors for the knowledge base's tests. */
import type { ArticleContent, Editor } from '../knowledge-base-events';

export const LEILA: Editor = { staffId: 'staff-leila', displayName: 'Leila Rahimi' };
export const TOMAS: Editor = { staffId: 'staff-tomas', displayName: 'Tomás Ortega' };

export const T0 = '2025-03-01T08:00:00.000Z';
export const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export function content(overrides: Partial<ArticleContent> = {}): ArticleContent {
  return {
    slug: 'error-1603',
    locale: 'en',
    translationGroup: 'error-1603',
    title: 'Error 1603 during installation',
    body: 'Run the installer as an administrator.',
    products: [{ product: 'Desktop Library', versions: ['3.0'] }],
    stage: 'installation',
    errorCodes: ['1603'],
    symptoms: ['setup stops half way'],
    tags: ['installer'],
    ...overrides,
  };
}

export const persianContent = (overrides: Partial<ArticleContent> = {}): ArticleContent =>
  content({
    slug: 'خطای-1603',
    locale: 'fa',
    title: 'خطای ۱۶۰۳ هنگام نصب',
    body: 'برنامه نصب را با دسترسی مدیر اجرا کنید.',
    symptoms: ['نصب نیمه‌کاره متوقف می‌شود'],
    tags: ['نصب'],
    ...overrides,
  });
