import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { NOOR_TEAM, topic } from './testing/feedback-fixtures';
import { mountFeedback } from './testing/mount-feedback';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the product team’s inbox', () => {
  it('asks for the team’s own topics and shows those waiting for an answer before those answered', async () => {
    const team = { id: NOOR_TEAM.id, name: NOOR_TEAM.name };
    const row = (id: string, state: 'FORWARDED' | 'ANSWERED') => {
      const { items: _items, ...rest } = topic({ id, title: `Topic ${id}`, state, team });
      return rest;
    };
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['PRODUCT'] }) } } }),
      FeedbackTopics: () => ({
        data: {
          feedbackTopics: {
            nodes: [row('a', 'ANSWERED'), row('w', 'FORWARDED')],
            pageInfo: { endCursor: null, hasNextPage: false },
            totalCount: 2,
          },
        },
      }),
    });
    await useSessionStore(harness.pinia).signIn('pouya', 'right');
    const { wrapper } = await mountFeedback(harness.plugin, '/feedback/inbox');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'FeedbackTopics')?.variables).toEqual({
      filter: { mine: true, first: 50 },
    });
    const ids = (section: string) =>
      wrapper
        .get(`[data-test="${section}"]`)
        .findAll('[data-test="feedback-topic-row"]')
        .map((each) => each.attributes('data-topic-id'));
    expect(ids('feedback-inbox-waiting')).toEqual(['w']);
    expect(ids('feedback-inbox-answered')).toEqual(['a']);
    expect(wrapper.findAll('[data-test="feedback-tab-feedback-queue"]')).toHaveLength(0);
    expect(
      wrapper.get('[data-test="feedback-inbox-waiting"] [data-test="feedback-topic-link"]').attributes('href'),
    ).toBe('/console/feedback/topics/w');
  });
});
