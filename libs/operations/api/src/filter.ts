/** The dashboard's filter, checked: days in the organisation's zone, a period the dashboard answers. */
import { OPERATIONS_LIMITS, daysInPeriod, isDay, type OperationsGranularity } from '@deskstream/operations-domain';
import { operationsError } from './access';

export interface DashboardFilter {
  from: string;
  to: string;
  granularity: OperationsGranularity;
}

export function checkedFilter(filter: {
  from: string;
  to: string;
  granularity?: OperationsGranularity | null;
}): DashboardFilter {
  const from = filter.from.trim();
  const to = filter.to.trim();
  if (!isDay(from) || !isDay(to)) throw operationsError('OPERATIONS_DAY_INVALID');
  const granularity = filter.granularity ?? 'DAY';
  const days = daysInPeriod(from, to);
  const most = granularity === 'HOUR' ? OPERATIONS_LIMITS.maxHourlyPeriodDays : OPERATIONS_LIMITS.maxPeriodDays;
  if (days < 1 || days > most) throw operationsError('OPERATIONS_PERIOD_INVALID');
  return { from, to, granularity };
}
