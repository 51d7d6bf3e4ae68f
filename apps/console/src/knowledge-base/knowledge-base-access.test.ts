import { KNOWLEDGE_BASE_ROLES as API_ROLES } from '@deskstream/knowledge-base';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE_ROLES, may } from './knowledge-base-access';

describe('knowledge-base roles in the console', () => {
  it('are exactly the roles the api checks', () => {
    expect(KNOWLEDGE_BASE_ROLES).toEqual(API_ROLES);
  });

  it('lets agents edit but not publish, and product teams only read the inbox', () => {
    expect(may(['AGENT'], 'editArticles')).toBe(true);
    expect(may(['AGENT'], 'publishArticles')).toBe(false);
    expect(may(['AGENT', 'SUPERVISOR'], 'publishArticles')).toBe(true);
    expect(may(['PRODUCT'], 'editArticles')).toBe(false);
    expect(may(['PRODUCT'], 'readVisitorInbox')).toBe(true);
    expect(may(undefined, 'readVisitorInbox')).toBe(false);
  });
});
