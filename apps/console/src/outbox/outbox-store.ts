import { createLatestRequest, outcomeOf, useGraphqlConnection, type ClientErrorCode } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type { MailDeliveryState, OutboxMailFieldsFragment as OutboxMail } from '../generated/graphql';
import { OutboxMailsQuery } from '../api/outbox-operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow, repeatEvery } from '../shared/following';

/** How often the outbox is read again while its page is shown and visible (mails are not pushed). */
export const OUTBOX_REFRESH_MS = 10_000;
export const OUTBOX_PAGE_SIZE = 200;

/**
 * Every outgoing mail and how it went — queued, sending, retrying, sent, failed with the
 * reason — newest first, optionally of one state; refreshed every few seconds while shown, so
 * staff can tell whether a notice went out.
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

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (listState.value !== 'ready') listState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(OutboxMailsQuery, { state: filter.value, limit: OUTBOX_PAGE_SIZE }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      mails.value = outcome.data.outboxMails;
      listState.value = 'ready';
      listError.value = null;
      refreshedAt.value = new Date().toISOString();
    } else {
      listError.value = outcome.code;
      if (listState.value !== 'ready') listState.value = 'error';
    }
  }

  function setFilter(state: MailDeliveryState | null): Promise<void> {
    filter.value = state;
    listState.value = 'loading';
    return load();
  }

  /** Loads now, then again every few seconds while the page is visible, and after reconnections. */
  const follow = createSharedFollow(() => {
    void load();
    return [repeatEvery(OUTBOX_REFRESH_MS, () => void load(), { onlyWhileVisible: true }), connection.onLiveConnected(() => void load())];
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
