import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure, type Outcome } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import {
  AccountDataExportQuery,
  ErasePersonMutation,
  PatronAccountQuery,
  SetAccountPasswordAtDeskMutation,
  UnlockAccountMutation,
} from '../api/patrons-operations';
import { createCommandIds } from '../bookings/booking-commands';
import type { PatronAccountFieldsFragment as PatronAccount } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export type { PatronAccount };
export type PatronAction = 'password' | 'unlock' | 'erase' | 'export';

/**
 * One patron's or customer's account at the desk: read by id; a new password set at the desk
 * (which also ends a lockout), an early unlock, the data export and the erasure. Each change keeps
 * its command id while its answer is lost on the way (written once) and shows the api's answer.
 */
export const usePatronAccountStore = defineStore('patron-account', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const commands = createCommandIds();
  const account = shallowRef<PatronAccount | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'not-found' | 'error'>('idle');
  const busy = ref<PatronAction | null>(null);
  const failure = ref<{ action: PatronAction; failure: Failure } | null>(null);
  const done = ref<PatronAction | null>(null);

  async function load(id: string): Promise<void> {
    const ticket = requests.begin();
    if (account.value?.id !== id) {
      account.value = null;
      state.value = 'loading';
      done.value = null;
      failure.value = null;
    }
    const outcome = await outcomeOf(
      connection.client.query(PatronAccountQuery, { id }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      if (!account.value) state.value = 'error';
      return;
    }
    account.value = outcome.data.account ?? null;
    state.value = outcome.data.account ? 'ready' : 'not-found';
  }

  async function change(
    action: PatronAction,
    content: string,
    send: (accountId: string, commandId: string) => Promise<Outcome<PatronAccount>>,
  ): Promise<boolean> {
    const current = account.value;
    if (!current || busy.value) return false;
    busy.value = action;
    failure.value = null;
    done.value = null;
    const outcome = await send(current.id, commands.idFor(`${action}|${current.id}|${content}`));
    busy.value = null;
    commands.settled(outcome.ok ? null : outcome);
    if (!outcome.ok) {
      failure.value = { action, failure: { code: outcome.code, reason: outcome.reason } };
      if (outcome.code === 'CONFLICT') void load(current.id);
      return false;
    }
    requests.invalidate();
    if (account.value?.id === outcome.data.id) account.value = outcome.data;
    done.value = action;
    return true;
  }

  const setPassword = (password: string) =>
    change('password', password, async (accountId, commandId) => {
      const outcome = await outcomeOf(
        connection.client.mutation(SetAccountPasswordAtDeskMutation, { accountId, password, commandId }).toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.setAccountPasswordAtDesk } : outcome;
    });

  const unlock = () =>
    change('unlock', '', async (accountId, commandId) => {
      const outcome = await outcomeOf(
        connection.client.mutation(UnlockAccountMutation, { accountId, commandId }).toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.unlockAccount } : outcome;
    });

  const erase = () =>
    change('erase', '', async (accountId, commandId) => {
      const outcome = await outcomeOf(
        connection.client.mutation(ErasePersonMutation, { accountId, commandId }).toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.erasePerson } : outcome;
    });

  /** The person's data as one JSON document, or why not. */
  async function exportData(): Promise<string | null> {
    const current = account.value;
    if (!current || busy.value) return null;
    busy.value = 'export';
    failure.value = null;
    const outcome = await outcomeOf(
      connection.client
        .query(AccountDataExportQuery, { id: current.id }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    busy.value = null;
    if (!outcome.ok) {
      failure.value = { action: 'export', failure: { code: outcome.code, reason: outcome.reason } };
      return null;
    }
    done.value = 'export';
    return outcome.data.accountDataExport;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      account.value = null;
      state.value = 'idle';
    },
  );

  return { account, state, busy, failure, done, load, setPassword, unlock, erase, exportData };
});
