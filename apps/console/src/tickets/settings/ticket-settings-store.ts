import { newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import type { TypedDocumentNode } from '@urql/core';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type {
  BusinessCalendarInput,
  InboundAddressInput,
  RequesterTypeInput,
  SlaPolicyInput,
  TicketFieldDefinitionInput,
  TicketSettingsFieldsFragment as TicketSettings,
} from '../../generated/graphql';
import { useSessionStore } from '../../session/session-store';
import {
  DefineTicketFieldsMutation,
  SetAutoAssignmentMutation,
  SetBusinessCalendarMutation,
  SetInboundAddressesMutation,
  SetRequesterTypesMutation,
  SetSlaPolicyMutation,
  TicketSettingsQuery,
} from './settings-operations';

/**
 * The tickets' settings: requester types, inbound addresses, custom fields and automatic
 * assignment per department, business calendars and SLA policies. Admins change them;
 * supervisors read them. Each save answers the settings as they now stand.
 */
export const useTicketSettingsStore = defineStore('ticket-settings', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const settings = shallowRef<TicketSettings | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const saving = ref<string | null>(null);
  const canEdit = computed(() => (session.staff?.roles ?? []).includes('ADMIN'));

  async function load(): Promise<void> {
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(TicketSettingsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (outcome.ok) {
      settings.value = outcome.data.ticketSettings;
      state.value = 'ready';
      failure.value = null;
    } else {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = 'error';
    }
  }

  async function save<Data, Variables extends object>(
    what: string,
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    pick: (data: Data) => TicketSettings,
  ): Promise<Failure | null> {
    saving.value = what;
    const outcome = await outcomeOf(connection.client.mutation(document, variables).toPromise());
    saving.value = null;
    if (!outcome.ok) return outcome;
    settings.value = pick(outcome.data);
    return null;
  }

  watch(
    () => session.token,
    () => {
      settings.value = null;
      state.value = 'idle';
    },
  );

  return {
    settings,
    state,
    failure,
    saving,
    canEdit,
    load,
    setRequesterTypes: (types: RequesterTypeInput[]) =>
      save(
        'requesterTypes',
        SetRequesterTypesMutation,
        { types, commandId: newCommandId() },
        (d) => d.setRequesterTypes,
      ),
    setInboundAddresses: (addresses: InboundAddressInput[], defaultDepartmentId: string) =>
      save(
        'inbound',
        SetInboundAddressesMutation,
        { addresses, defaultDepartmentId, commandId: newCommandId() },
        (d) => d.setInboundAddresses,
      ),
    defineFields: (departmentId: string, fields: TicketFieldDefinitionInput[]) =>
      save(
        'fields',
        DefineTicketFieldsMutation,
        { departmentId, fields, commandId: newCommandId() },
        (d) => d.defineTicketFields,
      ),
    setAutoAssignment: (departmentId: string, enabled: boolean, capPerAgent: number) =>
      save(
        'autoAssignment',
        SetAutoAssignmentMutation,
        { departmentId, enabled, capPerAgent, commandId: newCommandId() },
        (d) => d.setAutoAssignment,
      ),
    setCalendar: (calendar: BusinessCalendarInput) =>
      save(
        'calendar',
        SetBusinessCalendarMutation,
        { calendar, commandId: newCommandId() },
        (d) => d.setBusinessCalendar,
      ),
    setSlaPolicy: (policy: SlaPolicyInput) =>
      save('sla', SetSlaPolicyMutation, { policy, commandId: newCommandId() }, (d) => d.setSlaPolicy),
  };
});
