import {
  createLatestRequest,
  errorCodeOf,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  type ClientErrorCode,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { computed, ref, shallowRef, watch } from 'vue';
import type { BoardDepartmentFieldsFragment as BoardDepartment, PresenceStatus } from '../generated/graphql';
import { OnlineAgentsQuery, PresenceChangedSubscription, SetPresenceMutation } from '../api/operations';
import { useSessionStore } from '../session/session-store';
import { createSharedFollow } from '../shared/following';

export type BoardState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The signed-in agent's own online/offline switch, and the live board of who is online in each
 * department. Each async action takes a request token, so a slow old answer never overwrites
 * a newer one: a later switch wins over an earlier one, a pushed board over a slower query.
 */
export const usePresenceStore = defineStore('presence', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();

  // --- my presence -----------------------------------------------------------------------
  const switchRequests = createLatestRequest();
  const pendingStatus = ref<PresenceStatus | null>(null);
  const switchError = ref<ClientErrorCode | null>(null);
  const myStatus = computed<PresenceStatus>(() => pendingStatus.value ?? session.staff?.presence ?? 'OFFLINE');
  const switching = computed(() => pendingStatus.value !== null);

  async function setMyPresence(status: PresenceStatus): Promise<void> {
    const ticket = switchRequests.begin();
    pendingStatus.value = status;
    switchError.value = null;
    const outcome = await outcomeOf(
      connection.client.mutation(SetPresenceMutation, { status, commandId: newCommandId() }).toPromise(),
    );
    if (!switchRequests.isLatest(ticket)) return;
    pendingStatus.value = null;
    if (outcome.ok) session.replaceStaff(outcome.data.setPresence);
    else switchError.value = outcome.code;
  }

  function toggleMyPresence(): Promise<void> {
    return setMyPresence(myStatus.value === 'ONLINE' ? 'OFFLINE' : 'ONLINE');
  }

  // --- the board -------------------------------------------------------------------------
  const boardRequests = createLatestRequest();
  const departments = shallowRef<BoardDepartment[]>([]);
  const boardState = ref<BoardState>('idle');
  const boardError = ref<ClientErrorCode | null>(null);

  async function loadBoard(): Promise<void> {
    const ticket = boardRequests.begin();
    if (boardState.value !== 'ready') boardState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(OnlineAgentsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!boardRequests.isLatest(ticket)) return;
    if (outcome.ok) {
      showBoard(outcome.data.onlineAgents);
    } else {
      boardError.value = outcome.code;
      if (boardState.value !== 'ready') boardState.value = 'error';
    }
  }

  function showBoard(next: BoardDepartment[]): void {
    departments.value = next;
    boardState.value = 'ready';
    boardError.value = null;
  }

  /**
   * Keeps the board live while at least one view follows it: loads it, subscribes to
   * `presenceChanged`, and reloads after every (re)connection of the live socket to catch up
   * on what was missed. Returns the function that stops following.
   */
  const followBoard = createSharedFollow(() => {
    const live = pipe(
      connection.client.subscription(PresenceChangedSubscription, {}),
      subscribe((result) => {
        if (result.data) {
          boardRequests.invalidate();
          showBoard(result.data.presenceChanged);
        } else if (result.error) {
          boardError.value = errorCodeOf(result.error);
        }
      }),
    );
    const stopCatchingUp = connection.onLiveConnected(() => void loadBoard());
    void loadBoard();
    return [() => live.unsubscribe(), stopCatchingUp];
  });

  // A new or ended session starts from a clean slate.
  watch(
    () => session.token,
    () => {
      switchRequests.invalidate();
      boardRequests.invalidate();
      pendingStatus.value = null;
      switchError.value = null;
      departments.value = [];
      boardState.value = 'idle';
      boardError.value = null;
    },
  );

  return {
    myStatus,
    switching,
    switchError,
    setMyPresence,
    toggleMyPresence,
    departments,
    boardState,
    boardError,
    liveStatus: connection.liveStatus,
    loadBoard,
    followBoard,
  };
});
