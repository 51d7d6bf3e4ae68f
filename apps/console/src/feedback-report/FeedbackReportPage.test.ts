import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { DEFINITION, PRODUCTS, REPORT } from './testing/report-fixtures';
import { mountReport } from './testing/mount-report';

vi.setConfig({ testTimeout: 30_000 });

// The canvas is drawn in a browser (the e2e journey); here the chart shows what it was given.
vi.mock('../shared/FigureChart.vue', async () => ({ default: (await import('./testing/chart-stub')).FigureChartStub }));

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

async function openReport(path: string, locale = 'en', report = REPORT) {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ id: 'pouya', roles: ['PRODUCT'] }) } } }),
      FeedbackReport: () => ({
        data: { feedbackReport: report, feedbackReportDefinition: DEFINITION, feedbackReportProducts: PRODUCTS },
      }),
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('pouya', 'right');
  const mounted = await mountReport(harness.plugin, path);
  await flushPromises();
  return { ...harness, ...mounted };
}

describe('the feedback report', () => {
  it('asks for the view in the address and shows its figures, each leading to its items', async () => {
    const { wrapper, fake } = await openReport('/feedback/report?product=noor-desk&kind=BUG&bucket=MONTH');
    expect(fake.calls.find((call) => call.name === 'FeedbackReport')!.variables).toEqual({
      filter: { product: 'noor-desk', kind: 'BUG', bucket: 'MONTH' },
    });
    expect(wrapper.get('[data-test="report-total"]').text()).toBe('1,234');
    expect(wrapper.get('[data-test="report-reporters"]').text()).toBe('987');
    const kinds = wrapper.get('[data-test="report-table-kind"]');
    expect(kinds.findAll('tbody tr').map((row) => row.text())).toEqual(['Bug800', 'Praise400', 'Not classified yet34']);
    // A row leads to its items: the same view narrowed to the row's kind.
    const praise = kinds.findAll('[data-test="report-drill"]')[1]!;
    expect(praise.attributes('href')).toBe('/console/feedback/report/items?product=noor-desk&kind=PRAISE&bucket=MONTH');
    // A version leads to its items with its product; an unset one leads nowhere.
    const versions = wrapper.get('[data-test="report-table-version"]');
    expect(versions.findAll('[data-test="report-drill"]').map((link) => link.attributes('href'))).toEqual([
      '/console/feedback/report/items?product=noor-desk&version=2.0&kind=BUG&bucket=MONTH',
    ]);
    expect(versions.text()).toContain('No version given');
    // A trend's bucket leads to its days.
    const trendLinks = wrapper.get('[data-test="report-table-trend"]').findAll('[data-test="report-drill"]');
    expect(trendLinks[0]!.attributes('href')).toBe(
      '/console/feedback/report/items?product=noor-desk&kind=BUG&from=2026-11-23&to=2026-11-29&bucket=MONTH',
    );
    const topic = wrapper.get('[data-test="report-topic"]');
    expect(topic.get('[data-test="report-topic-reporters"]').text()).toBe('12');
    expect(topic.get('[data-test="report-topic-answer"]').text()).toBe('Fixed in 2.1');
    expect(topic.get('[data-test="report-topic-items"]').attributes('href')).toContain('topic=topic-crash');
    expect(wrapper.get('[data-test="report-satisfaction-average"]').text()).toBe('4.25 of 5');
    expect(wrapper.get('[data-test="report-not-found-query"]').text()).toContain('نصب روی مک');
    expect(wrapper.get('[data-test="report-zone"]').text()).toContain('Asia/Tehran');
  });

  it('puts the chosen filters in the address and reads the report for them', async () => {
    const { wrapper, router, fake } = await openReport('/feedback/report');
    await wrapper.get('[data-test="report-filter-product"]').setValue('noor-desk');
    await wrapper.get('[data-test="report-filter-version"]').setValue('2.0');
    await wrapper.get('[data-test="report-filter-channel"]').setValue('CHAT');
    await wrapper.get('[data-test="report-filter-period"]').setValue('30');
    await wrapper.get('[data-test="report-filters"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      product: 'noor-desk',
      version: '2.0',
      channel: 'CHAT',
      from: '2026-11-08',
      to: '2026-12-07',
    });
    const asked = fake.calls.filter((call) => call.name === 'FeedbackReport').at(-1)!;
    expect(asked.variables).toEqual({
      filter: {
        bucket: 'WEEK',
        product: 'noor-desk',
        version: '2.0',
        channel: 'CHAT',
        from: '2026-11-08',
        to: '2026-12-07',
      },
    });
    // The period reads back as the preset it is.
    expect((wrapper.get('[data-test="report-filter-period"]').element as HTMLSelectElement).value).toBe('30');
  });

  it('downloads each view as the api’s CSV with the session’s token, and says why one was refused', async () => {
    const fetches: [string, RequestInit][] = [];
    let status = 200;
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      fetches.push([url, init]);
      return new Response('\uFEFFkind,count\r\n', { status });
    });
    URL.createObjectURL = vi.fn(() => 'blob:csv');
    URL.revokeObjectURL = vi.fn();
    const { wrapper } = await openReport('/feedback/report?kind=BUG');
    await wrapper.get('[data-test="report-csv-topics"]').trigger('click');
    await flushPromises();
    expect(fetches[0]![0]).toBe('/api/v1/feedback/report.csv?view=topics&kind=BUG&bucket=WEEK');
    expect(fetches[0]![1].headers).toMatchObject({ authorization: 'Bearer tok' });
    expect(wrapper.find('[data-test="report-csv-refused"]').exists()).toBe(false);
    status = 403;
    await wrapper.get('[data-test="report-csv-trend"]').trigger('click');
    await flushPromises();
    expect(fetches[1]![0]).toContain('view=trend');
    expect(wrapper.get('[data-test="report-csv-refused"]').text()).toBe('You may not download this view.');
  });

  it('reads in Persian with Persian digits and the Persian calendar, right to left', async () => {
    const { wrapper } = await openReport('/feedback/report', 'fa');
    expect(document.documentElement.dir === 'rtl' || wrapper.get('h1').text() === 'گزارش بازخورد').toBe(true);
    expect(wrapper.get('h1').text()).toBe('گزارش بازخورد');
    expect(wrapper.get('[data-test="report-total"]').text()).toBe('۱٬۲۳۴');
    expect(wrapper.get('[data-test="report-topic-answer"]').text()).toBe('در نسخه ۲.۱ رفع شد');
    expect(wrapper.get('[data-test="report-table-kind"]').text()).toContain('اشکال');
    // Days in the Persian calendar: 2026-11-23 is 2 Azar 1405; the chart gets them so too.
    expect(wrapper.get('[data-test="report-table-trend"]').text()).toContain('۲ آذر');
    const trendChart = wrapper.get('[data-test="report-figure-trend"] [data-test="figure-chart"]');
    expect(trendChart.get('[data-test="figure-chart-labels"]').text()).toBe('۲ آذر|۹ آذر');
    expect(trendChart.get('[data-test="figure-chart-series"]').text()).toBe(
      'همه موارد|اشکال|تشکر|هنوز دسته\u200cبندی نشده',
    );
    expect(wrapper.text()).not.toMatch(/[0-9]{2}/);
  });

  it('shows only the figures of the latest view when an older answer comes late', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['SUPERVISOR'] }) } } }),
      FeedbackReport: async ({ filter }) => {
        const kind = (filter as { kind?: string }).kind;
        if (kind === 'BUG') await slow;
        return {
          data: {
            feedbackReport: { ...REPORT, total: kind === 'BUG' ? 1 : 2 },
            feedbackReportDefinition: DEFINITION,
            feedbackReportProducts: PRODUCTS,
          },
        };
      },
    });
    await useSessionStore(harness.pinia).signIn('yuki', 'right');
    const { wrapper, router } = await mountReport(harness.plugin, '/feedback/report?kind=BUG');
    await router.push('/feedback/report?kind=PRAISE');
    await flushPromises();
    expect(wrapper.get('[data-test="report-total"]').text()).toBe('2');
    release();
    await flushPromises();
    expect(wrapper.get('[data-test="report-total"]').text()).toBe('2');
  });
});
