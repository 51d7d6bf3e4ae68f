import { describe, expect, it } from 'vitest';
import { knowledgeBaseReadModel } from '../render-article-body';
import { InMemoryArticles } from '@deskstream/knowledge-base-read-models/testing';
import { SEED_ARTICLES } from './seed-articles';
import { seedKnowledgeBase } from './seed-knowledge-base';

const NOW = () => new Date('2025-06-01T09:00:00.000Z');

async function seeded() {
  const readModel = knowledgeBaseReadModel();
  const commands = new InMemoryArticles(readModel);
  const report = await seedKnowledgeBase(commands, readModel, NOW);
  return { readModel, commands, report };
}

describe('the demo knowledge base', () => {
  it('has at least 40 articles in Persian and English, and a dozen also in Japanese and Vietnamese', () => {
    const perLocale = (locale: string) => SEED_ARTICLES.filter((article) => article.content.locale === locale).length;
    expect(perLocale('fa') + perLocale('en')).toBeGreaterThanOrEqual(40);
    expect(perLocale('fa')).toBe(perLocale('en'));
    expect(perLocale('ja')).toBeGreaterThanOrEqual(12);
    expect(perLocale('vi')).toBeGreaterThanOrEqual(12);
  });

  it('drafts and publishes every article, and a second run writes nothing', async () => {
    const { readModel, commands, report } = await seeded();
    expect(report).toEqual({ articlesDrafted: SEED_ARTICLES.length, articlesPublished: SEED_ARTICLES.length });
    expect(readModel.search.size).toBe(SEED_ARTICLES.length);
    const before = commands.commandsRun;
    expect(await seedKnowledgeBase(commands, readModel, NOW)).toEqual({ articlesDrafted: 0, articlesPublished: 0 });
    expect(commands.commandsRun).toBe(before);
  });

  it('answers the searches users type', async () => {
    const { readModel } = await seeded();
    const first = (query: string, locale?: 'fa' | 'en' | 'ja' | 'vi') =>
      readModel.search.search(query, { locale }).hits[0]?.id;
    expect(first('۱۶۰۳', 'fa')).toBe('error-1603.fa');
    expect(first('خطای 1603')).toBe('error-1603.fa');
    expect(first('1608', 'en')).toBe('error-1608.en');
    expect(first('١٦٢٨', 'fa')).toBe('error-1628.fa');
    expect(first('check sum fail', 'en')).toBe('check-sum-fail.en');
    expect(first('noor register version required 2', 'en')).toBe('register-version-required-2.en');
    expect(first('علامت سوال به جای حروف')).toBe('question-marks-instead-of-letters.fa');
    expect(first('علامت سؤال', 'fa')).toBe('question-marks-instead-of-letters.fa');
    expect(first('شماره سريال', 'fa')).toMatch(/serial/);
    expect(first('インストール中にエラー')).toBe('error-1603.ja');
    expect(first('シリアル番号', 'ja')).toMatch(/serial/);
    expect(first('loi cai dat', 'vi')).toBe('error-1603.vi');
    expect(first('số sê-ri', 'vi')).toMatch(/serial/);
    expect(first('serail number', 'en')).toMatch(/serial/);
    expect(first('netwrk server', 'en')).toMatch(/network/);
  });

  it('puts the newest first and groups the home by product and stage', async () => {
    const { readModel } = await seeded();
    const newest = readModel.catalog.newest('en');
    expect(newest[0]!.id).toBe(SEED_ARTICLES.filter((article) => article.content.locale === 'en').at(-1)!.id);
  });
});
