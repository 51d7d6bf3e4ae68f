import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboard, mountOperations } from './testing/operations-fixtures';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('the printable period report', () => {
  it('counts the period day by day whatever the dashboard was cut by, with the workload and the days', async () => {
    const { wrapper, fake } = await mountOperations('/operations/report?from=2026-03-01&to=2026-03-02&by=HOUR', {
      OperationsDashboard: () => ({ data: { operationsDashboard: dashboard() } }),
    });
    expect(fake.calls.find((call) => call.name === 'OperationsDashboard')!.variables).toEqual({
      filter: { from: '2026-03-01', to: '2026-03-02', granularity: 'DAY' },
    });
    expect(wrapper.get('[data-test="operations-report-volumes"] tfoot').text()).toContain('1,234');
    expect(wrapper.get('[data-test="operations-report-workload"] tr[data-key="personDays"]').text()).toContain('12');
    expect(wrapper.findAll('[data-test="operations-report-days"] tbody tr')).toHaveLength(2);
    // The test's document has no printing: the page's button calls the browser's.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await wrapper.get('[data-test="operations-print"]').trigger('click');
    expect(print).toHaveBeenCalledOnce();
  });

  it('gives the period in the Persian calendar with Persian digits', async () => {
    const { wrapper } = await mountOperations(
      '/operations/report?from=2026-03-01&to=2026-03-02',
      { OperationsDashboard: () => ({ data: { operationsDashboard: dashboard() } }) },
      { locale: 'fa' },
    );
    expect(wrapper.get('[data-test="operations-report-period"]').text()).toContain('۱۰ اسفند ۱۴۰۴ – ۱۱ اسفند ۱۴۰۴');
    expect(wrapper.get('[data-test="operations-report-volumes"] tfoot').text()).toContain('۱٬۲۳۴');
  });
});
