import { SUPPORTED_LOCALES } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { expectCompleteMessages } from '../../testing/complete-messages';
import { bookingsMessages } from './index';

describe('the booking pages’ texts', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key, and each one compiles and says something', (locale) => {
    const values = { zone: 'Asia/Tokyo', topic: 'x', branch: 'y', preferred: 'z', time: '1' };
    expectCompleteMessages(locale, bookingsMessages, { section: 'bookings', values });
  });

  it('writes Persian numbers with Persian digits', () => {
    const persian = JSON.stringify(bookingsMessages.fa);
    expect(persian.replace(/\+\d[\d ]+/g, '')).not.toMatch(/[0-9]/);
  });
});
