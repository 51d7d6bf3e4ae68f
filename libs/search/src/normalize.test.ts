import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(normalizeText('۱۶۰۳')).toBe('1603');
    expect(normalizeText('١٦٠٨')).toBe('1608');
    expect(normalizeText('خطای ۱۶۲۸')).toBe('خطای 1628');
  });

  it('folds Arabic letter forms to the Persian ones', () => {
    expect(normalizeText('كتاب')).toBe(normalizeText('کتاب'));
    expect(normalizeText('علي')).toBe('علی');
    expect(normalizeText('مصطفى')).toBe('مصطفی');
    expect(normalizeText('مدرسة')).toBe('مدرسه');
    expect(normalizeText('أحمد إسلام آب')).toBe('احمد اسلام اب');
    expect(normalizeText('خانۀ')).toBe('خانه');
    expect(normalizeText('مسئول')).toBe('مسیول');
  });

  it('keeps the Persian letters that Arabic lacks', () => {
    expect(normalizeText('پچژگ')).toBe('پچژگ');
    expect(normalizeText('گزارش پیشخوان')).toBe('گزارش پیشخوان');
  });

  it('drops tatweel, harakat and ZWNJ', () => {
    expect(normalizeText('نـــرم')).toBe('نرم');
    expect(normalizeText('عَلِيٌّ')).toBe('علی');
    expect(normalizeText('نرم‌افزار')).toBe('نرمافزار');
    expect(normalizeText('می‌شود')).toBe(normalizeText('میشود'));
  });

  it('drops bidi controls and zero-width characters people paste along', () => {
    expect(normalizeText('\u200F1603\u200E\u200B\uFEFF')).toBe('1603');
  });

  it('folds Vietnamese tone and vowel marks', () => {
    expect(normalizeText('Lỗi cài đặt phần mềm')).toBe('loi cai dat phan mem');
    expect(normalizeText('ĐĂNG KÝ')).toBe('dang ky');
    expect(normalizeText('người dùng')).toBe('nguoi dung');
  });

  it('applies NFKC and lowercases', () => {
    expect(normalizeText('ＣＨＥＣＫ　ＳＵＭ')).toBe('check sum');
    expect(normalizeText('ｲﾝｽﾄｰﾙ')).toBe('インストール');
    expect(normalizeText('ﻙ')).toBe('ک');
  });

  it('keeps Japanese voiced kana whole', () => {
    expect(normalizeText('ガイド ダウンロード')).toBe('ガイド ダウンロード');
  });

  it('collapses white space', () => {
    expect(normalizeText('  error \n\t 1603  ')).toBe('error 1603');
  });

  it('is idempotent', () => {
    for (const text of ['خطای ۱۶۰۳ نرم‌افزار', 'Lỗi cài đặt', 'インストール中', 'ＡＢＣ']) {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }
  });
});
