import { SUPPORTED_LOCALES } from '@deskstream/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSectionTextsComplete } from '../../testing/section-texts';
import { bookingsMessages } from './index';

afterEach(() => vi.restoreAllMocks());

describe('Book a Librarian’s texts in the console', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    expectSectionTextsComplete('bookings', bookingsMessages, locale, {
      count: 3,
      zone: 'Asia/Tokyo',
      preferred: 'x',
      time: '1',
      branch: 'y',
      times: 'z',
      name: 'n',
    });
  });

  it('writes numbers in Persian with Persian digits', () => {
    expect(JSON.stringify(bookingsMessages.fa).replace(/HH:mm|Asia\/Tehran|https/g, '')).not.toMatch(/[0-9]/);
  });
});
