import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { ref, shallowRef, watch } from 'vue';
import type { MailDeliveryState, OutboxMailFieldsFragment as OutboxMail } from '../generated/graphql';
import { OutboxMailChangedSubscription, OutboxMailsQuery } from '../api/outbox-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';

export const OUTBOX_PAGE_SIZE = 200;

const newestFirst = (a: OutboxMail, b: OutboxMail) => b.queuedAt.localeCompare(a.queuedAt) || b.id.localeCompare(a.id);

/**
 * Every outgoing mail and how it went — queued, sending, retrying, sent, failed with the
 * reason — newest first, optionally of one state: loaded once, then kept current by the api's
 * pushes (`outboxMailChanged`, only the mail the member may read), and read again after the live
 * socket reconnects, so staff can tell whether a notice went out.
 */
export const useOutboxStore = defineStore('outbox', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const mails = shallowRef<OutboxMail[]>([]);
  const filter = ref<MailDeliveryState | null>(null);
  const listState = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const listError = ref<ClientErrorCode | null>(null);
  const refreshedAt = ref<string | null>(null);
  /** Pushed while a load was on its way: applied over what the load brings, which may be older. */
  let pushedDuringLoad = new Map<string, OutboxMail>();

  /** The list with the mail as it is now: in its place if listed, else where its time puts it; out if it no longer fits the filter. */
  function place(list: OutboxMail[], mail: OutboxMail): OutboxMail[] {
    const fits = filter.value === null || mail.state === filter.value;
    const index = list.findIndex((each) => each.id === mail.id);
    if (index >= 0)
      return fits ? list.map((each, at) => (at === index ? mail : each)) : list.filter((_, at) => at !== index);
    if (!fits) return list;
    const before = list.findIndex((each) => newestFirst(mail, each) < 0);
    const next = before < 0 ? [...list, mail] : [...list.slice(0, before), mail, ...list.slice(before)];
    return next.slice(0, OUTBOX_PAGE_SIZE);
  }

  async function load(): Promise<void> {
    const ticket = requests.begin();
    pushedDuringLoad = new Map();
    if (listState.value !== 'ready') listState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(OutboxMailsQuery, { state: filter.value, limit: OUTBOX_PAGE_SIZE }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      mails.value = [...pushedDuringLoad.values()].reduce(place, outcome.data.outboxMails);
      listState.value = 'ready';
      listError.value = null;
      refreshedAt.value = new Date().toISOString();
    } else {
      listError.value = outcome.code;
      if (listState.value !== 'ready') listState.value = 'error';
    }
  }

  /** A mail as it is now, from the api's push. */
  function received(mail: OutboxMail): void {
    pushedDuringLoad.set(mail.id, mail);
    mails.value = place(mails.value, mail);
    refreshedAt.value = new Date().toISOString();
  }

  function setFilter(state: MailDeliveryState | null): Promise<void> {
    filter.value = state;
    listState.value = 'loading';
    return load();
  }

  /** Loads now, then follows the pushes; reads again after reconnections (pushes may have been missed). */
  const follow = createSharedFollow(() => {
    const pushes = pipe(
      connection.client.subscription(OutboxMailChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) received(result.data.outboxMailChanged);
      }),
    );
    void load();
    return [() => pushes.unsubscribe(), connection.onLiveConnected(() => void load())];
  });

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      mails.value = [];
      listState.value = 'idle';
      listError.value = null;
      refreshedAt.value = null;
    },
  );

  return { mails, filter, listState, listError, refreshedAt, load, setFilter, follow };
});
