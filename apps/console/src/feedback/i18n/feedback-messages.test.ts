import { FEEDBACK_ERRORS } from '@deskstream/feedback-domain';
import { messageKeys, SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { feedbackMessages } from './index';
import { feedbackNavEn, feedbackNavFa, feedbackNavJa, feedbackNavVi } from './nav-messages';

afterEach(() => vi.restoreAllMocks());

describe('the feedback pages’ texts in the console', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('feedback', feedbackMessages, locale, {
      count: 3,
      time: 't',
      name: 'n',
      title: 'x',
      reason: 'r',
      percent: '80%',
      version: '2.1',
      items: 'i',
      reporters: 'r',
      max: '4000',
    });
  });

  it('names the navigation’s entries and the button in every language', () => {
    for (const nav of [feedbackNavFa, feedbackNavJa, feedbackNavVi])
      expect(messageKeys(nav)).toEqual(messageKeys(feedbackNavEn));
  });

  it('words every refusal the feedback context can give', () => {
    const worded = Object.keys(feedbackMessages.en.errors);
    expect(Object.keys(FEEDBACK_ERRORS.entries).filter((reason) => !worded.includes(reason))).toEqual([]);
  });

  it('writes Persian with Persian digits, and «گفت‌وگو» with its non-joiner', () => {
    expect(JSON.stringify(feedbackMessages.fa).replace(/PDF/g, '')).not.toMatch(/[0-9]/);
    expect(JSON.stringify(feedbackMessages.fa)).not.toContain('گفتگو');
    expect(feedbackMessages.fa.channel.CHAT).toBe('گفت\u200cوگو');
  });
});
