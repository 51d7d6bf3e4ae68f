import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits Persian at spaces and punctuation, keeping every Persian letter and digit', () => {
    expect(tokenize('بروز خطای ۱۶۰۳، هنگام نصب پیشخوان!')).toEqual(['بروز', 'خطای', '1603', 'هنگام', 'نصب', 'پیشخوان']);
    expect(tokenize('چگونه ژورنال را گزارش کنم؟')).toEqual(['چگونه', 'ژورنال', 'را', 'گزارش', 'کنم']);
  });

  it('segments Japanese, which has no spaces', () => {
    expect(tokenize('インストール中にエラー1603が発生しました')).toEqual([
      'インストール',
      '中',
      'に',
      'エラー',
      '1603',
      'が',
      '発生',
      'しま',
      'した',
    ]);
  });

  it('splits English and codes', () => {
    expect(tokenize('Check Sum Fail (error 0x80070005)')).toEqual(['check', 'sum', 'fail', 'error', '0x80070005']);
  });

  it('gives Vietnamese without tone marks', () => {
    expect(tokenize('Không đăng ký được số sê-ri')).toEqual(['khong', 'dang', 'ky', 'duoc', 'so', 'se', 'ri']);
  });

  it('gives nothing for punctuation alone', () => {
    expect(tokenize(' ،؛؟!... ')).toEqual([]);
  });
});
