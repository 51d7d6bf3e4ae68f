import { describe, expect, it } from 'vitest';
import { checkForm, emptyForm, foldForFilter, inputOf, sameForm, slugFromTitle } from './article-form';

const valid = () => ({
  ...emptyForm('en'),
  slug: 'error-1603',
  title: 'Error 1603 during setup',
  body: 'Run setup **again**.',
  stage: 'installation',
  products: [{ product: 'Desktop Library', versions: ['3.1'] }],
  errorCodes: ['1603'],
});

describe('the article form', () => {
  it('accepts a complete article, and says which fields the api would refuse', () => {
    expect(checkForm(valid())).toEqual({});
    expect(
      checkForm({ ...valid(), slug: 'Error 1603', title: '  ', stage: 'Install', body: 'x'.repeat(20_001) }),
    ).toEqual({
      slug: 'KB_SLUG_INVALID',
      title: 'KB_TITLE_INVALID',
      stage: 'KB_STAGE_INVALID',
      body: 'KB_BODY_TOO_LONG',
    });
    expect(
      checkForm({
        ...valid(),
        products: [
          { product: 'A', versions: [] },
          { product: 'A', versions: [] },
        ],
      }).products,
    ).toBe('KB_PRODUCTS_INVALID');
    expect(checkForm({ ...valid(), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }).tags).toBe('KB_TAGS_INVALID');
    expect(checkForm({ ...valid(), translationGroup: '-bad' }).translationGroup).toBe('KB_TRANSLATION_GROUP_INVALID');
    expect(checkForm({ ...valid(), slug: 'خطای-1603', locale: 'fa' })).toEqual({});
  });

  it('sends trimmed values, the slug as translation group when none is given, and no empty product rows', () => {
    const input = inputOf({
      ...valid(),
      slug: ' error-1603 ',
      title: ' Error 1603 ',
      products: [
        { product: ' Desktop Library ', versions: [' 3.1 '] },
        { product: '', versions: [] },
      ],
    });
    expect(input).toMatchObject({
      slug: 'error-1603',
      translationGroup: 'error-1603',
      title: 'Error 1603',
      products: [{ product: 'Desktop Library', versions: ['3.1'] }],
    });
    expect(sameForm(valid(), { ...valid(), title: 'Error 1603 during setup ' })).toBe(true);
    expect(sameForm(valid(), { ...valid(), tags: ['x'] })).toBe(false);
  });

  it('suggests slugs from titles in every script', () => {
    expect(slugFromTitle('Error 1603 during setup!')).toBe('error-1603-during-setup');
    expect(slugFromTitle('بروز خطای ۱۶۰۳ هنگام نصب')).toBe('بروز-خطای-1603-هنگام-نصب');
    // The api's slugs have no modifier letters (the long-vowel mark ー), so they are left out.
    const japanese = slugFromTitle('インストール中のエラー 1603');
    expect(japanese).toBe('インストル中のエラ-1603');
    expect(checkForm({ ...valid(), locale: 'ja', slug: japanese })).toEqual({});
  });

  it('folds text for the quick filter', () => {
    expect(foldForFilter('خطاي ۱۶۰۳')).toBe(foldForFilter('خطای 1603'));
    expect(foldForFilter('Lỗi cài đặt')).toBe('loi cai dat');
  });
});
