import { newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { OperationsSettingsFieldsFragment as Settings } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import {
  ChangeOperationsDefinitionsMutation,
  DefineOperationsShiftsMutation,
  OperationsSettingsQuery,
} from './operations-queries';
import { OPERATIONS_SETTINGS_ROLES } from './operations-roles';
import { definitionsInput, shiftsInput, type DefinitionsDraft, type ShiftDraft } from './settings-draft';

type Change = 'shifts' | 'definitions';

/**
 * The operations settings: shifts and definitions with their version and the figures' rebuild.
 * Admins change them (supervisors read them); each change is sent with the version it was made
 * on, so a change made meanwhile is refused (CONFLICT) rather than overwritten, and keeps its
 * command id until the api has answered for good, so a change resent after a lost answer is
 * written once.
 */
export const useOperationsSettingsStore = defineStore('operations-settings', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const settings = shallowRef<Settings | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const saving = ref<Change | null>(null);
  const canEdit = computed(() => (session.staff?.roles ?? []).some((role) => OPERATIONS_SETTINGS_ROLES.includes(role)));
  const commandIds: Record<Change, string | null> = { shifts: null, definitions: null };

  async function load(): Promise<void> {
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(OperationsSettingsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (outcome.ok) {
      settings.value = outcome.data.operationsSettings;
      state.value = 'ready';
      failure.value = null;
    } else {
      failure.value = { code: outcome.code, reason: outcome.reason };
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  async function send(
    change: Change,
    run: (commandId: string, expectedVersion: number) => Promise<Settings | Failure>,
  ) {
    const commandId = (commandIds[change] ??= newCommandId());
    saving.value = change;
    const answered = await run(commandId, settings.value?.version ?? 0);
    saving.value = null;
    if ('code' in answered) {
      // A lost answer may have been written: the same id again writes it once. Anything else was a definite no.
      if (answered.code !== 'NETWORK_ERROR') commandIds[change] = null;
      return answered;
    }
    commandIds[change] = null;
    settings.value = answered;
    return null;
  }

  const defineShifts = (shifts: readonly ShiftDraft[]) =>
    send('shifts', async (commandId, expectedVersion) => {
      const input = { shifts: shiftsInput(shifts), expectedVersion, commandId };
      const outcome = await outcomeOf(
        connection.client.mutation(DefineOperationsShiftsMutation, { input }).toPromise(),
      );
      return outcome.ok ? outcome.data.defineShifts : { code: outcome.code, reason: outcome.reason };
    });

  const changeDefinitions = (draft: DefinitionsDraft) =>
    send('definitions', async (commandId, expectedVersion) => {
      const input = { ...definitionsInput(draft), expectedVersion, commandId };
      const outcome = await outcomeOf(
        connection.client.mutation(ChangeOperationsDefinitionsMutation, { input }).toPromise(),
      );
      return outcome.ok ? outcome.data.changeOperationsDefinitions : { code: outcome.code, reason: outcome.reason };
    });

  watch(
    () => session.token,
    () => {
      settings.value = null;
      state.value = 'idle';
      commandIds.shifts = null;
      commandIds.definitions = null;
    },
  );

  return { settings, state, failure, saving, canEdit, load, defineShifts, changeDefinitions };
});
