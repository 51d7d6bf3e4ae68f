import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('refuses a username from an address after the allowed failures, until the window passes', () => {
    const throttle = new SignInThrottle({ maxFailures: 3, windowMs: 1_000 });
    for (let i = 0; i < 3; i++) {
      expect(throttle.allows('sara', '10.0.0.1', i)).toBe(true);
      throttle.recordFailure('sara', '10.0.0.1', i);
    }
    expect(throttle.allows('sara', '10.0.0.1', 10)).toBe(false);
    expect(throttle.allows('SARA', '10.0.0.1', 10)).toBe(false);
    expect(throttle.allows('sara', '10.0.0.2', 10)).toBe(true);
    expect(throttle.allows('minh', '10.0.0.1', 10)).toBe(true);
    expect(throttle.allows('sara', '10.0.0.1', 1_000)).toBe(true);
  });

  it('forgets the failures of a pair that signs in successfully', () => {
    const throttle = new SignInThrottle({ maxFailures: 2 });
    throttle.recordFailure('yuki', 'a', 0);
    throttle.recordFailure('yuki', 'a', 0);
    expect(throttle.allows('yuki', 'a', 1)).toBe(false);
    throttle.recordSuccess('yuki', 'a');
    expect(throttle.allows('yuki', 'a', 1)).toBe(true);
  });

  it('keeps at most the configured number of pairs, dropping the oldest', () => {
    const throttle = new SignInThrottle({ maxFailures: 1, maxEntries: 2 });
    throttle.recordFailure('one', 'a', 0);
    throttle.recordFailure('two', 'a', 0);
    throttle.recordFailure('three', 'a', 0);
    expect(throttle.allows('one', 'a', 1)).toBe(true);
    expect(throttle.allows('two', 'a', 1)).toBe(false);
    expect(throttle.allows('three', 'a', 1)).toBe(false);
  });
});

describe('SignInThrottle per address', () => {
  it('refuses an address spraying many usernames, whatever the next username, until the window passes', () => {
    const throttle = new SignInThrottle({ maxFailures: 5, maxFailuresPerAddress: 20, windowMs: 1_000 });
    for (let i = 0; i < 20; i++) {
      expect(throttle.allows(`made-up-${i}`, '203.0.113.9', i)).toBe(true);
      throttle.recordFailure(`made-up-${i}`, '203.0.113.9', i);
    }
    expect(throttle.allows('made-up-20', '203.0.113.9', 30)).toBe(false);
    expect(throttle.allows('sara', '203.0.113.9', 30)).toBe(false);
    expect(throttle.allows('sara', '198.51.100.1', 30)).toBe(true);
    expect(throttle.allows('sara', '203.0.113.9', 1_000)).toBe(true);
  });

  it('does not forget an address’s failures when one of its sign-ins succeeds', () => {
    const throttle = new SignInThrottle({ maxFailures: 5, maxFailuresPerAddress: 3 });
    throttle.recordFailure('one', 'a', 0);
    throttle.recordFailure('two', 'a', 0);
    throttle.recordSuccess('sara', 'a');
    throttle.recordFailure('three', 'a', 0);
    expect(throttle.allows('sara', 'a', 1)).toBe(false);
  });
});
