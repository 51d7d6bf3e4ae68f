import { FEEDBACK_REPORT_ERRORS } from '@deskstream/feedback-domain';
import { SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { feedbackReportMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('the feedback report’s texts', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('feedbackReport', feedbackReportMessages, locale, {
      count: 3,
      zone: 'z',
      version: 'v',
      what: 'w',
      value: 'v',
      build: 'b',
      article: 'a',
      revision: 'r',
      key: 'k',
      language: 'l',
      kinds: 'k',
    });
  });

  it('words every refusal the report can give', () => {
    const worded = Object.keys(feedbackReportMessages.en.errors);
    expect(
      Object.keys(FEEDBACK_REPORT_ERRORS.entries).filter(
        (reason) => reason.startsWith('FEEDBACK_REPORT') && !worded.includes(reason),
      ),
    ).toEqual([]);
  });

  it('writes numbers in Persian with Persian digits, and «گفت‌وگو» with its non-joiner', () => {
    expect(JSON.stringify(feedbackReportMessages.fa)).not.toMatch(/[0-9]/);
    expect(JSON.stringify(feedbackReportMessages.fa)).not.toContain('گفتگو');
    expect(feedbackReportMessages.fa.channels.CHAT).toBe('گفت\u200cوگو');
  });
});
