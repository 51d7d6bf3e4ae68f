import {
  createLatestRequest,
  isTransient,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  type Failure,
  type Outcome,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import {
  CancelMyReservationMutation,
  ChangeMyReservationMutation,
  MyLoansQuery,
  RenewMyLoanMutation,
  type MyLoans,
} from './account-operations';
import { useAccountSessionStore } from './account-session-store';

export type LoanAction = 'cancel' | 'change' | 'renew';
export interface LoanActionFailure {
  id: string;
  action: LoanAction;
  failure: Failure;
}
export interface LoanActionDone {
  id: string;
  action: LoanAction;
  title: string;
}

/**
 * A person's loans and reservations: cancel a reservation or change its pick-up place until it is
 * secured, renew a loan once. One action at a time; each keeps its command id while its answer is
 * lost on the way, so a retry writes once (a renewal is not refused as "already renewed"); after
 * every action, and after a refusal that says the item changed meanwhile, the lists are read again.
 */
export const useAccountLoansStore = defineStore('account-loans', () => {
  const connection = useGraphqlConnection();
  const session = useAccountSessionStore();
  const requests = createLatestRequest();
  const mine = shallowRef<MyLoans | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const busy = ref<string | null>(null);
  const failure = ref<LoanActionFailure | null>(null);
  const done = ref<LoanActionDone | null>(null);
  /** The command id of each action while its answer is unknown, by what it does. */
  const commandIds = new Map<string, string>();

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(MyLoansQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) {
      mine.value = outcome.data;
      state.value = 'ready';
    } else if (state.value !== 'ready') state.value = 'error';
  }

  /** Sends one action; a refusal is kept with the item it concerns. */
  async function act(
    key: string,
    id: string,
    action: LoanAction,
    title: string,
    send: (commandId: string) => Promise<Outcome<unknown>>,
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = id;
    failure.value = null;
    done.value = null;
    const commandId = commandIds.get(key) ?? newCommandId();
    commandIds.set(key, commandId);
    const outcome = await send(commandId);
    busy.value = null;
    if (outcome.ok) {
      commandIds.delete(key);
      done.value = { id, action, title };
      await load();
      return true;
    }
    const failed: Failure = { code: outcome.code, reason: outcome.reason };
    if (!isTransient(failed) && failed.code !== 'READ_MODEL_BEHIND') commandIds.delete(key);
    failure.value = { id, action, failure: failed };
    if (failed.code === 'CONFLICT' || failed.code === 'NOT_FOUND') void load();
    return false;
  }

  const cancel = (reservationId: string, title: string) =>
    act(`cancel|${reservationId}`, reservationId, 'cancel', title, (commandId) =>
      outcomeOf(connection.client.mutation(CancelMyReservationMutation, { reservationId, commandId }).toPromise()),
    );

  const changePickup = (reservationId: string, title: string, pickUpBranchId: string) =>
    act(`change|${reservationId}|${pickUpBranchId}`, reservationId, 'change', title, (commandId) =>
      outcomeOf(
        connection.client
          .mutation(ChangeMyReservationMutation, { reservationId, pickUpBranchId, commandId })
          .toPromise(),
      ),
    );

  const renew = (loanId: string, title: string) =>
    act(`renew|${loanId}`, loanId, 'renew', title, (commandId) =>
      outcomeOf(connection.client.mutation(RenewMyLoanMutation, { loanId, commandId }).toPromise()),
    );

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      mine.value = null;
      state.value = 'idle';
      failure.value = null;
      done.value = null;
      commandIds.clear();
    },
  );

  return { mine, state, busy, failure, done, load, cancel, changePickup, renew };
});
