import { newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { CtiSettingsQuery, RotateCtiTokenMutation } from '../api/calls-operations';
import type { CtiSettingsQuery as Answer } from '../generated/graphql';

export type CtiSettings = Answer['ctiSettings'];

/**
 * The admin's telephony settings: the webhook address the PBX posts to (with its token) and
 * whether the token comes from the server's CTI_TOKEN; a rotation keeps its command id until the
 * api answered for good, so a retry rotates once.
 */
export const useCtiSettingsStore = defineStore('cti-settings', () => {
  const connection = useGraphqlConnection();
  const settings = shallowRef<CtiSettings | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const rotating = ref(false);
  let rotation: string | null = null;

  async function load(): Promise<void> {
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(CtiSettingsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (outcome.ok) {
      settings.value = outcome.data.ctiSettings;
      state.value = 'ready';
      failure.value = null;
    } else {
      failure.value = { code: outcome.code, reason: outcome.reason };
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  async function rotate(): Promise<boolean> {
    if (rotating.value) return false;
    rotating.value = true;
    failure.value = null;
    rotation ??= newCommandId();
    const outcome = await outcomeOf(
      connection.client.mutation(RotateCtiTokenMutation, { commandId: rotation }).toPromise(),
    );
    rotating.value = false;
    if (outcome.ok) {
      rotation = null;
      settings.value = outcome.data.rotateCtiToken;
      return true;
    }
    if (outcome.code !== 'NETWORK_ERROR') rotation = null;
    failure.value = { code: outcome.code, reason: outcome.reason };
    return false;
  }

  return { settings, state, failure, rotating, load, rotate };
});
