import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { DEFINITION, PRODUCTS, reportItem } from './testing/report-fixtures';
import { mountReport } from './testing/mount-report';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const VOTE = reportItem({
  id: 'item-vote',
  channel: 'KNOWLEDGE_BASE',
  language: 'fa',
  text: 'نصب با خطای 1603 متوقف می‌شود',
  source: {
    ...reportItem().source,
    kind: 'ARTICLE_VOTE',
    ticketId: null,
    messageId: null,
    articleId: 'error-1603.fa',
    articleRevision: 3,
  },
  ticketNumber: null,
  reporter: { kind: 'CUSTOMER', customerId: null, name: null, email: null, phone: null },
});

async function openItems(path: string, roles: Role[], locale = 'en') {
  const pages = [
    { items: [reportItem(), VOTE], endCursor: 'page-2', hasNextPage: true },
    {
      items: [
        reportItem({
          id: 'item-3',
          reporter: { kind: 'SUPPORT_UNIT', customerId: null, name: null, email: null, phone: null },
        }),
      ],
      endCursor: null,
      hasNextPage: false,
    },
  ];
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }),
      FeedbackReportItems: ({ after }) => {
        const page = pages[after ? 1 : 0]!;
        return {
          data: {
            feedbackReportItems: {
              items: page.items,
              total: 3,
              pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
            },
            feedbackReportDefinition: DEFINITION,
            feedbackReportProducts: PRODUCTS,
          },
        };
      },
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('someone', 'right');
  const mounted = await mountReport(harness.plugin, path);
  await flushPromises();
  return { ...harness, ...mounted };
}

describe('the items behind a figure', () => {
  it('lists the exact source messages of the view, the article revision the reader saw, and pages on', async () => {
    const { wrapper, fake } = await openItems('/feedback/report/items?product=noor-desk&kind=BUG&topic=topic-crash', [
      'SUPERVISOR',
    ]);
    expect(fake.calls[fake.calls.length - 1]!.variables).toEqual({
      filter: { bucket: 'WEEK', product: 'noor-desk', kind: 'BUG', topicId: 'topic-crash' },
      first: 50,
      after: null,
    });
    expect(wrapper.get('[data-test="report-items-count"]').text()).toContain('Noor Desk · Bug');
    expect(wrapper.get('[data-test="report-items-count"]').text()).toContain('3 items');
    const [ticket, vote] = wrapper.findAll('[data-test="report-item"]');
    expect(ticket!.text()).toContain('Searching closes the program with error 0xC0000005');
    expect(ticket!.get('[data-test="report-item-open"]').attributes('href')).toBe('/console/tickets/42');
    expect(ticket!.get('[data-test="report-item-reporter"]').text()).toBe('Personal data hidden');
    expect(vote!.get('blockquote').attributes('lang')).toBe('fa');
    expect(vote!.get('[data-test="report-item-article"]').text()).toBe('Article error-1603.fa, revision 3');
    expect(vote!.get('[data-test="report-item-source"]').text()).toBe('Knowledge base · “Not helpful” vote');
    // Back to the report keeps the view, without the topic.
    expect(wrapper.get('[data-test="report-items-back"]').attributes('href')).toBe(
      '/console/feedback/report?product=noor-desk&kind=BUG',
    );

    await wrapper.get('[data-test="report-items-more"]').trigger('click');
    await flushPromises();
    expect(fake.calls[fake.calls.length - 1]!.variables).toMatchObject({ after: 'page-2' });
    expect(wrapper.findAll('[data-test="report-item"]').map((item) => item.attributes('data-item-id'))).toEqual([
      'item-1',
      'item-vote',
      'item-3',
    ]);
    expect(wrapper.findAll('[data-test="report-item-reporter"]')[2]!.text()).toBe('Support unit');
    expect(wrapper.find('[data-test="report-items-more"]').exists()).toBe(false);
  });

  it('links product teams only to what they may open', async () => {
    const { wrapper } = await openItems('/feedback/report/items', ['PRODUCT']);
    expect(wrapper.findAll('[data-test="report-item-open"]').map((link) => link.attributes('href'))).toEqual([
      '/console/articles/error-1603.fa',
    ]);
  });

  it('reads in Persian with Persian digits', async () => {
    const { wrapper } = await openItems('/feedback/report/items', ['ADMIN'], 'fa');
    expect(wrapper.get('h1').text()).toBe('موارد بازخورد');
    expect(wrapper.get('[data-test="report-items-count"]').text()).toContain('۳ مورد');
    expect(wrapper.findAll('[data-test="report-item-article"]')[0]!.text()).toBe('مقاله error-1603.fa، ویرایش ۳');
  });
});
