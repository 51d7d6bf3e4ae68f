import { describe, expect, it } from 'vitest';
import { SUGGESTION_THRESHOLD, featureSimilarity, similarity, textFeatures } from './similarity';

const of = (text: string, product: string | null = null) => ({ features: textFeatures(text), product });

describe('similarity', () => {
  const english = 'The app crashes when I search after updating to 2.1 (error E-1042)';
  const persian = 'بعد از به‌روزرسانی به نسخه ۲٫۱ برنامه هنگام جست‌وجو بسته می‌شود، خطای E-1042';
  const otherBug = 'Printing a book page shows the wrong font in 3.0';

  it('folds digits and keeps versions and error codes as heavy features', () => {
    const features = textFeatures(persian);
    expect(features.get('v:2.1')).toBe(3);
    expect(features.get('c:e-1042')).toBe(4);
    expect(textFeatures('err_17 and ERR17').get('c:err-17')).toBe(4);
    expect(features.get('k:crash')).toBe(2);
    expect(features.get('k:search')).toBe(2);
  });

  it('lets a Persian and an English report of one bug meet', () => {
    const score = similarity(of(english, 'jame-feqh'), of(persian, 'jame-feqh'));
    expect(score).toBeGreaterThan(SUGGESTION_THRESHOLD);
    expect(score).toBeGreaterThan(similarity(of(english, 'jame-feqh'), of(otherBug, 'jame-feqh')) + 0.3);
  });

  it('lets a Japanese and a Vietnamese report of one bug meet the English one', () => {
    const japanese = 'バージョン２．１で検索するとアプリがクラッシュします。エラー E-1042';
    const vietnamese = 'Ứng dụng bị treo khi tìm kiếm sau khi cập nhật lên 2.1, lỗi E-1042';
    expect(similarity(of(english), of(japanese))).toBeGreaterThan(SUGGESTION_THRESHOLD);
    expect(similarity(of(english), of(vietnamese))).toBeGreaterThan(SUGGESTION_THRESHOLD);
  });

  it('keeps different problems apart, and the same product raises a score', () => {
    expect(similarity(of(persian), of(otherBug))).toBeLessThan(SUGGESTION_THRESHOLD);
    expect(similarity(of(english, 'a'), of(persian, 'a'))).toBeGreaterThan(
      similarity(of(english, 'a'), of(persian, 'b')),
    );
    expect(similarity(of('hello'), of('سلام'))).toBe(0);
  });

  it('is symmetric and one for the same text', () => {
    const a = textFeatures(english);
    const b = textFeatures(persian);
    expect(featureSimilarity(a, b)).toBeCloseTo(featureSimilarity(b, a));
    expect(featureSimilarity(a, a)).toBe(1);
  });
});

describe('the language of a text', () => {
  it('is read from its script when the source did not say', async () => {
    const { guessLanguage, languageOf } = await import('./language');
    expect(guessLanguage('برنامه بسته می‌شود')).toBe('fa');
    expect(guessLanguage('アプリが落ちる')).toBe('ja');
    expect(guessLanguage('Ứng dụng bị treo')).toBe('vi');
    expect(guessLanguage('The app crashes')).toBe('en');
    expect(languageOf('ja', 'The app crashes')).toBe('ja');
    expect(languageOf('de', 'The app crashes')).toBe('en');
  });
});
