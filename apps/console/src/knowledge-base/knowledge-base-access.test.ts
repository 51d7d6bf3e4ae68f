import { describe, expect, it } from 'vitest';
import { may } from './knowledge-base-access';

describe('knowledge-base roles in the console', () => {
  it('lets agents edit but not publish, and product teams only read the inbox', () => {
    expect(may(['AGENT'], 'editArticles')).toBe(true);
    expect(may(['AGENT'], 'publishArticles')).toBe(false);
    expect(may(['AGENT', 'SUPERVISOR'], 'publishArticles')).toBe(true);
    expect(may(['PRODUCT'], 'editArticles')).toBe(false);
    expect(may(['PRODUCT'], 'readVisitorInbox')).toBe(true);
    expect(may(undefined, 'readVisitorInbox')).toBe(false);
  });
});
