import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackTopicFieldsFragment as FeedbackTopic, Role } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { NOOR_TEAM, topic } from './testing/feedback-fixtures';
import { mountFeedback } from './testing/mount-feedback';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function openTopic(
  roles: Role[],
  start: FeedbackTopic,
  answers: Record<string, FakeResolver> = {},
  locale = 'en',
) {
  let current = start;
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }),
      Products: () => ({ data: { products: [] } }),
      FeedbackTopic: () => ({ data: { feedbackTopic: current } }),
      ProductTeams: () => ({
        data: { productTeams: [{ ...NOOR_TEAM, id: 'other', name: 'Web team', products: ['web'] }, NOOR_TEAM] },
      }),
      ForwardFeedbackTopic: () => {
        current = {
          ...current,
          state: 'FORWARDED',
          team: { id: NOOR_TEAM.id, name: NOOR_TEAM.name },
          forwardedAt: '2026-12-07T09:20:00.000Z',
        };
        return { data: { forwardFeedbackTopic: current } };
      },
      ...answers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('someone', 'right');
  const mounted = await mountFeedback(harness.plugin, `/feedback/topics/${start.id}`);
  await flushPromises();
  return { harness, ...mounted, change: (next: FeedbackTopic) => (current = next) };
}

describe('a feedback topic', () => {
  it('lists its items in their languages, and is forwarded to the team owning its product', async () => {
    const { wrapper, harness } = await openTopic(['AGENT'], topic());
    expect(wrapper.get('h1').text()).toBe('PDF export crashes');
    const items = wrapper.findAll('[data-test="feedback-topic-item"]');
    expect(items).toHaveLength(2);
    expect(items[1]!.get('[data-test="feedback-item-text"]').attributes('lang')).toBe('fa');
    expect(items.map((each) => each.get('[data-test="feedback-item-language"]').text())).toEqual(['English', 'فارسی']);
    expect(items[1]!.get('[data-test="feedback-item-source"]').attributes('href')).toBe('/console/tickets/9');
    expect(wrapper.find('[data-test="feedback-answer-form"]').exists()).toBe(false);
    const team = wrapper.get<HTMLSelectElement>('[data-test="feedback-forward-team"]');
    expect(team.element.value).toBe('demo-team-noor');
    expect(team.text()).toContain('Noor software team (owns the product)');
    await wrapper.get('[data-test="feedback-forward"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'ForwardFeedbackTopic')?.variables).toMatchObject({
      topicId: 'topic-1',
      teamId: 'demo-team-noor',
    });
    expect(wrapper.get('[data-test="feedback-topic-team"]').text()).toContain('Noor software team');
    expect(wrapper.get('[data-test="feedback-forwarded"]').text()).toBe('Forwarded to Noor software team.');
  });

  it('is answered by the product team, asks for the version first, and shows each delivery live', async () => {
    const forwarded = topic({ state: 'FORWARDED', team: { id: NOOR_TEAM.id, name: NOOR_TEAM.name } });
    const { wrapper, harness, change } = await openTopic(['PRODUCT'], forwarded, {
      AnswerFeedbackTopic: ({ input }) => {
        const answer = {
          id: 'answer-1',
          status: 'FIXED' as const,
          version: '2.1',
          reason: null,
          note: (input as { note: string }).note,
          at: '2026-12-07T10:00:00.000Z',
          fixReleasedAt: null,
        };
        return { data: { answerFeedbackTopic: { ...forwarded, state: 'ANSWERED', answers: [answer] } } };
      },
    });
    expect(wrapper.find('[data-test="feedback-forward"]').exists()).toBe(false);
    await wrapper.get('[data-test="feedback-answer-FIXED"]').setValue(true);
    await wrapper.get('[data-test="feedback-answer-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="feedback-answer-problems"]').text()).toBe('Name the version.');
    expect(harness.fake.calls.some((call) => call.name === 'AnswerFeedbackTopic')).toBe(false);

    await wrapper.get('[data-test="feedback-answer-version"]').setValue('2.1');
    await wrapper.get('[data-test="feedback-answer-note"]').setValue('Update from the website.');
    await wrapper.get('[data-test="feedback-answer-form"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'AnswerFeedbackTopic')?.variables).toMatchObject({
      topicId: 'topic-1',
      input: { status: 'FIXED', version: '2.1', reason: null, note: 'Update from the website.' },
    });
    expect(wrapper.get('[data-test="feedback-topic-answer"]').text()).toContain('Fixed in 2.1');

    // The loop back records the deliveries; a push about the topic brings them.
    const delivered = (channel: 'MAIL' | 'TICKET_REPLY') => ({
      answerId: 'answer-1',
      occasion: 'ANSWER' as const,
      delivered: true,
      channel,
      mailId: null,
      ticketId: null,
      language: 'fa' as const,
      reason: null,
      at: '2026-12-07T10:00:05.000Z',
    });
    const [chatItem, ticketItem] = forwarded.items;
    change({
      ...forwarded,
      state: 'ANSWERED',
      deliveredCount: 2,
      items: [
        { ...chatItem!, deliveries: [delivered('MAIL')] },
        { ...ticketItem!, deliveries: [delivered('TICKET_REPLY')] },
      ],
    });
    harness.fake.push('FeedbackChanged', { feedbackChanged: { itemId: null, topicId: 'topic-1' } });
    await vi.waitFor(() =>
      expect(wrapper.findAll('[data-test="feedback-delivery"][data-delivered="true"]')).toHaveLength(2),
    );
    expect(wrapper.findAll('[data-test="feedback-delivery"]').map((each) => each.attributes('data-channel'))).toEqual([
      'MAIL',
      'TICKET_REPLY',
    ]);
    expect(wrapper.get('[data-test="feedback-delivery-language"]').text()).toBe('فارسی');
  });

  it('is renamed by the support unit, not with an empty title, and a lost answer is retried with the same command id', async () => {
    let lost = true;
    const { wrapper, harness } = await openTopic(['AGENT'], topic(), {
      RenameFeedbackTopic: ({ title }) => {
        if (lost) {
          lost = false;
          return { networkError: true };
        }
        return { data: { renameFeedbackTopic: topic({ title: title as string }) } };
      },
    });
    const field = wrapper.get<HTMLInputElement>('[data-test="feedback-rename-title"]');
    expect(field.element.value).toBe('PDF export crashes');
    await field.setValue('   ');
    await wrapper.get('[data-test="feedback-rename"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="feedback-rename-problem"]').text()).toBe('A topic needs a title.');
    expect(harness.fake.calls.some((call) => call.name === 'RenameFeedbackTopic')).toBe(false);

    await field.setValue(' PDF export crashes on large files ');
    await wrapper.get('[data-test="feedback-rename"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="feedback-renamed"]').exists()).toBe(false);
    await wrapper.get('[data-test="feedback-rename"]').trigger('submit');
    await flushPromises();
    const renames = harness.fake.calls.filter((call) => call.name === 'RenameFeedbackTopic');
    expect(renames).toHaveLength(2);
    expect(renames[0]!.variables).toMatchObject({ topicId: 'topic-1', title: 'PDF export crashes on large files' });
    expect(renames[1]!.variables['commandId']).toBe(renames[0]!.variables['commandId']);
    expect(wrapper.get('h1').text()).toBe('PDF export crashes on large files');
    expect(wrapper.get('[data-test="feedback-renamed"]').text()).toBe('Renamed.');
  });

  it('is not renamed by the product team', async () => {
    const forwarded = topic({ state: 'FORWARDED', team: { id: NOOR_TEAM.id, name: NOOR_TEAM.name } });
    const { wrapper } = await openTopic(['PRODUCT'], forwarded);
    expect(wrapper.find('[data-test="feedback-rename"]').exists()).toBe(false);
  });

  it('reads in Persian with Persian digits', async () => {
    const { wrapper } = await openTopic(['AGENT'], topic(), {}, 'fa');
    expect(wrapper.get('.page-header__intro').text()).toBe('۲ مورد از ۲ گزارش‌دهنده');
    expect(wrapper.get('[data-test="feedback-topic-state"]').text()).toBe('باز');
  });
});
