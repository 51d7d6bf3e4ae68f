import { useFormat, useLocale, textIn } from '@deskstream/ui';
import { computed } from 'vue';
import { formatDuration } from '../chat/durations';
import type { OperationsDashboardFieldsFragment as Dashboard } from '../generated/graphql';
import { useOperationsDashboardStore } from './dashboard-store';
import { noonOf } from './period';
import { useOperationsTexts } from './use-operations-texts';

type Bucket = Dashboard['buckets'][number];

/**
 * How the operations pages write their figures, in the reader's digits and calendar: counts,
 * shares (answer rate, occupancy), hours, waits, days and each bucket of the series (a day, a
 * shift of a day, or an hour of a day, in the organisation's zone).
 */
export function useFigureWriters() {
  const format = useFormat();
  const { locale } = useLocale();
  const { t } = useOperationsTexts();
  const count = (value: number) => format.number(value);
  const hours = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const share = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.number(value, { style: 'percent', maximumFractionDigits: 1 });
  const seconds = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatDuration(value, format);
  const minutes = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : seconds(value * 60);
  const day = (value: string) => format.dateTime(noonOf(value), { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDay = (value: string) =>
    format.dateTime(noonOf(value), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  /** An instant as the organisation's clock shows it. */
  const moment = (instant: string, timeZone: string) =>
    format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const channel = (key: string) => t(`operations.channel.${key}`);
  const store = useOperationsDashboardStore();
  /** A requester type (or group) by its name in the tickets' settings, else as it is written. */
  const requesterType = (key: string) => {
    if (key === 'unknown') return t('operations.requesterType.unknown');
    const named = store.requesterTypes.find((type) => type.key === key);
    return named ? textIn(named.name, locale.value) : key;
  };

  /** A bucket's label: its day, with the shift's name or the hour when the series is cut finer. */
  const bucketLabel = (bucket: Bucket, dashboard: Dashboard) => {
    if (bucket.hour !== null && bucket.hour !== undefined)
      return `${shortDay(bucket.day)} ${format.dateTime(bucket.start, { hour: '2-digit', minute: '2-digit', timeZone: dashboard.timeZone })}`;
    if (bucket.shift) {
      const shift = dashboard.shifts.find((each) => each.key === bucket.shift);
      return `${shortDay(bucket.day)} · ${shift ? textIn(shift.name, locale.value) : t('operations.shiftOutside')}`;
    }
    return shortDay(bucket.day);
  };

  const rowsOf = (dashboard: Dashboard) =>
    dashboard.buckets.map((bucket) => ({ label: bucketLabel(bucket, dashboard), csv: bucket.key }));

  return {
    format,
    locale,
    count,
    hours,
    share,
    seconds,
    minutes,
    day,
    shortDay,
    moment,
    channel,
    requesterType,
    bucketLabel,
    rowsOf,
  };
}

/** The bucket rows of a dashboard as a computed, for the charts' rows. */
export function useBucketRows(dashboard: () => Dashboard) {
  const { rowsOf } = useFigureWriters();
  return computed(() => rowsOf(dashboard()));
}
