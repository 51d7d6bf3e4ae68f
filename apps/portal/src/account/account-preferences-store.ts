import {
  createLatestRequest,
  isTransient,
  newCommandId,
  outcomeOf,
  useGraphqlConnection,
  type Failure,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import {
  MyPreferencesQuery,
  SetMyAccountPreferencesMutation,
  type ContactMethod,
  type MyPreferences,
  type NoticeKind,
  type PickUpBranch,
} from './account-operations';
import { useAccountSessionStore } from './account-session-store';

export interface PreferencesDraft {
  contact: Partial<Record<NoticeKind, ContactMethod>>;
  pickUpBranchId: string | null;
}

const draftOf = (account: MyPreferences): PreferencesDraft => ({
  contact: Object.fromEntries(account.preferences.contact.map((choice) => [choice.kind, choice.method])),
  pickUpBranchId: account.preferences.pickUpBranch?.id ?? null,
});

/**
 * The methods a notice can go by for this account: email only with an address on the account,
 * phone only with a number, "none" always; the current choice stays listed even if no longer offered.
 */
export function offeredMethods(account: MyPreferences, current: ContactMethod | undefined): ContactMethod[] {
  const offered: ContactMethod[] = [];
  if (account.email || current === 'EMAIL') offered.push('EMAIL');
  if (account.phone || current === 'PHONE') offered.push('PHONE');
  offered.push('NONE');
  return offered;
}

/**
 * The contact method per kind of notice and the pick-up place, saved together. The command id is
 * kept while its answer is lost on the way, so a retry writes once. The api's answer is what the
 * page shows afterwards (and after a reload), so a choice the api did not take is never shown as saved.
 */
export const useAccountPreferencesStore = defineStore('account-preferences', () => {
  const connection = useGraphqlConnection();
  const session = useAccountSessionStore();
  const requests = createLatestRequest();
  const account = shallowRef<MyPreferences | null>(null);
  const branches = shallowRef<readonly PickUpBranch[]>([]);
  const draft = ref<PreferencesDraft>({ contact: {}, pickUpBranchId: null });
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const saving = ref(false);
  /** The choice as last saved; "saved" is said while the form still shows it. */
  const savedDraft = ref<string | null>(null);
  const saved = computed(() => savedDraft.value !== null && savedDraft.value === JSON.stringify(draft.value));
  const failure = ref<Failure | null>(null);
  let pending: { content: string; commandId: string } | null = null;

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(MyPreferencesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok || !outcome.data.myAccount) {
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    account.value = outcome.data.myAccount;
    branches.value = outcome.data.pickUpBranches;
    draft.value = draftOf(outcome.data.myAccount);
    state.value = 'ready';
  }

  async function save(): Promise<boolean> {
    if (saving.value || !account.value) return false;
    saving.value = true;
    savedDraft.value = null;
    failure.value = null;
    const contact = Object.entries(draft.value.contact).map(([kind, method]) => ({
      kind: kind as NoticeKind,
      method: method as ContactMethod,
    }));
    const input = { contact, ...(draft.value.pickUpBranchId ? { pickUpBranchId: draft.value.pickUpBranchId } : {}) };
    const content = JSON.stringify(input);
    if (pending?.content !== content) pending = { content, commandId: newCommandId() };
    const ticket = requests.begin();
    const outcome = await outcomeOf(
      connection.client.mutation(SetMyAccountPreferencesMutation, { input, commandId: pending.commandId }).toPromise(),
    );
    saving.value = false;
    if (!outcome.ok) {
      failure.value = { code: outcome.code, reason: outcome.reason };
      if (!isTransient(failure.value) && outcome.code !== 'READ_MODEL_BEHIND') pending = null;
      return false;
    }
    pending = null;
    if (requests.isLatest(ticket)) {
      account.value = outcome.data.setMyAccountPreferences;
      draft.value = draftOf(outcome.data.setMyAccountPreferences);
    }
    savedDraft.value = JSON.stringify(draft.value);
    return true;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      account.value = null;
      state.value = 'idle';
      savedDraft.value = null;
      failure.value = null;
      pending = null;
    },
  );

  return { account, branches, draft, state, saving, saved, failure, load, save };
});
