import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboard, mountOperations } from './testing/operations-fixtures';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => {
  document.body.innerHTML = '';
});

const cell = (wrapper: Awaited<ReturnType<typeof mountOperations>>['wrapper'], table: string, key: string) =>
  wrapper
    .get(`[data-test="${table}"] tr[data-key="${key}"]`)
    .findAll('td')
    .map((each) => each.text());

describe('the operations dashboard', () => {
  it('opens on the last seven days up to the desk’s today and keeps the period in the address', async () => {
    const { fake, router } = await mountOperations('/operations', {
      OperationsDashboard: () => ({ data: { operationsDashboard: dashboard() } }),
    });
    expect(router.currentRoute.value.query).toEqual({ from: '2026-02-24', to: '2026-03-02', by: 'DAY' });
    expect(fake.calls.find((call) => call.name === 'OperationsDashboard')!.variables).toEqual({
      filter: { from: '2026-02-24', to: '2026-03-02', granularity: 'DAY' },
    });
  });

  it('shows the headline, volumes by channel and requester type (named as the tickets name them), staffing, service and the peak', async () => {
    const { wrapper } = await mountOperations('/operations?from=2026-03-01&to=2026-03-02&by=DAY', {
      OperationsDashboard: () => ({ data: { operationsDashboard: dashboard() } }),
    });
    expect(wrapper.get('[data-test="operations-headline-received"] dd').text()).toBe('1,234');
    expect(wrapper.get('[data-test="operations-headline-personHours"] dd').text()).toBe('90');
    expect(wrapper.get('[data-test="operations-headline-occupancy"] dd').text()).toBe('26.7%');
    expect(cell(wrapper, 'operations-by-channel', 'INBOUND_CALL')).toEqual(['1,204', '1,203']);
    expect(wrapper.get('[data-test="operations-by-requester-type"] tr[data-key="publisher"] th').text()).toBe(
      'Publisher',
    );
    expect(wrapper.get('[data-test="operations-by-requester-type"] tr[data-key="unknown"] th').text()).toBe(
      'Not known',
    );
    expect(wrapper.findAll('[data-test="operations-staffing-table"] tbody tr')).toHaveLength(2);
    expect(wrapper.get('[data-test="operations-sla-table"] tr[data-key="firstResponse"]').text()).toContain('90%');
    // The charts' tables: one row a day, written as the reader writes days.
    expect(wrapper.get('[data-test="supervisor-table-operations-volumes"] tbody th').text()).toBe('Sun, Mar 1');
    expect(wrapper.get('[data-test="operations-peak-summary"]').text()).toContain('4 waiting at once');
    expect(wrapper.get('[data-test="operations-peak-agents"]').text()).toContain('Maryam Rezaei and Ali Hosseini');
    expect(wrapper.get('[data-test="operations-zone"]').text()).toContain('Asia/Tehran');
  });

  it('writes figures in Persian digits and days in the Persian calendar', async () => {
    const { wrapper } = await mountOperations(
      '/operations?from=2026-03-01&to=2026-03-02&by=DAY',
      { OperationsDashboard: () => ({ data: { operationsDashboard: dashboard() } }) },
      { locale: 'fa' },
    );
    expect(wrapper.get('[data-test="operations-headline-received"] dd').text()).toBe('۱٬۲۳۴');
    expect(cell(wrapper, 'operations-by-channel', 'INBOUND_CALL')).toEqual(['۱٬۲۰۴', '۱٬۲۰۳']);
    expect(wrapper.get('[data-test="operations-by-requester-type"] tr[data-key="publisher"] th').text()).toBe('ناشر');
    // 1 March 2026 is 10 Esfand 1404.
    expect(wrapper.get('[data-test="operations-from-shown"]').text()).toBe('۱۰ اسفند ۱۴۰۴');
    expect(wrapper.get('[data-test="supervisor-table-operations-volumes"] tbody th').text()).toContain('اسفند');
    expect(wrapper.text()).not.toMatch(/\d{2}/);
  });

  it('shows another period once chosen, and says what is wrong with one before asking', async () => {
    const { wrapper, fake, router } = await mountOperations('/operations?from=2026-03-01&to=2026-03-02&by=DAY', {
      OperationsDashboard: ({ filter }) => ({
        data: { operationsDashboard: dashboard({ ...(filter as object), granularity: 'SHIFT' }) },
      }),
    });
    await wrapper.get('[data-test="operations-from"]').setValue('2026-03-05');
    await wrapper.get('[data-test="operations-show"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="operations-filter-problem"]').text()).toBe(
      'The first day must not be after the last.',
    );
    expect(fake.calls.filter((call) => call.name === 'OperationsDashboard')).toHaveLength(1);

    await wrapper.get('[data-test="operations-preset-yesterday"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ from: '2026-03-01', to: '2026-03-01', by: 'DAY' });
    await wrapper.get('[data-test="operations-granularity"]').setValue('SHIFT');
    await wrapper.get('[data-test="operations-filter"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query.by).toBe('SHIFT');
    expect(fake.calls.filter((call) => call.name === 'OperationsDashboard').at(-1)!.variables).toEqual({
      filter: { from: '2026-03-01', to: '2026-03-01', granularity: 'SHIFT' },
    });
  });

  it('reads the figures again while they are recomputed for new definitions', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let answers = 0;
      const { wrapper } = await mountOperations('/operations?from=2026-03-01&to=2026-03-02&by=DAY', {
        OperationsDashboard: () => ({ data: { operationsDashboard: dashboard({ rebuilding: answers++ === 0 }) } }),
      });
      expect(wrapper.find('[data-test="operations-rebuilding"]').exists()).toBe(true);
      await vi.advanceTimersByTimeAsync(1_000);
      await flushPromises();
      expect(answers).toBe(2);
      expect(wrapper.find('[data-test="operations-rebuilding"]').exists()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
