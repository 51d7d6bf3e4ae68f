import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { useSessionStore } from '../session/session-store';
import { filterOf, type ReportChoice } from './report-filter';
import { FeedbackReportQuery } from './report-operations';
import type { FeedbackReport } from './report-types';

/**
 * The report for one choice of filters: figures by product, version, kind, severity and channel,
 * the trend, the top topics, what users searched for and did not find, and satisfaction — with the
 * definition's taxonomy and the catalogue that name them. The latest choice wins: a slow answer
 * for an older choice never replaces a newer one; the figures on screen stay until new ones come.
 */
export const useFeedbackReportStore = defineStore('feedback-report', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const report = shallowRef<FeedbackReport | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const choice = shallowRef<ReportChoice | null>(null);

  async function load(wanted: ReportChoice): Promise<void> {
    const ticket = requests.begin();
    choice.value = wanted;
    state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(FeedbackReportQuery, { filter: filterOf(wanted) }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      state.value = 'error';
      return;
    }
    const { feedbackReport, feedbackReportDefinition, feedbackReportProducts } = outcome.data;
    report.value = { ...feedbackReport, kinds: feedbackReportDefinition.kinds, products: feedbackReportProducts };
    failure.value = null;
    state.value = 'ready';
  }

  function reload(): Promise<void> {
    return choice.value ? load(choice.value) : Promise.resolve();
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      report.value = null;
      choice.value = null;
      state.value = 'idle';
    },
  );

  return { report, state, failure, choice, load, reload };
});
