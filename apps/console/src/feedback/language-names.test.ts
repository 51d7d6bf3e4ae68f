import { describe, expect, it } from 'vitest';
import { FEEDBACK_LANGUAGES, languageName } from './language-names';

describe('a feedback item’s language by name', () => {
  it('names each language in itself', () => {
    expect(FEEDBACK_LANGUAGES.map(languageName)).toEqual(['فارسی', 'English', '日本語', 'Tiếng Việt']);
  });

  it('keeps a code it does not know as it is', () => {
    expect(languageName('de')).toBe('de');
  });
});
