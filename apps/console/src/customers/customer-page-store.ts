import { outcomeOf, useGraphqlConnection, type Failure, type Outcome } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import {
  AddContactPointMutation,
  ChangeCustomerMutation,
  CustomerExportQuery,
  CustomerQuery,
  MergeCustomersMutation,
  RegisterProductMutation,
  RemoveContactPointMutation,
  WithdrawRegistrationMutation,
} from '../api/customers-operations';
import type {
  ContactPointKind,
  CustomerDetailsInput,
  CustomerFieldsFragment as Customer,
  RegisterProductInput,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createCommandIds } from './customer-commands';

export type { Customer };

/** What a command on the page ended with: done, or refused with its reason (shown where it was asked). */
export type CommandResult = { ok: true } | { ok: false; failure: Failure };

/**
 * The customer page's customer: read by id (a merged duplicate answers itself, pointing to its
 * survivor), and changed through commands that answer the customer as it is afterwards. Details
 * are sent with the revision the agent saw. Each command keeps its id until the api answered for
 * good, so a retry after a lost answer is written once.
 */
export const useCustomerPageStore = defineStore('customer-page', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const commands = createCommandIds();
  const id = ref<string | null>(null);
  const customer = shallowRef<Customer | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'missing' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const busy = ref<string | null>(null);
  /** Bumped whenever something new may show on the timeline (a registration, a merge). */
  const changes = ref(0);

  function accept(next: Customer): void {
    const current = customer.value;
    if (current && current.id === next.id && current.revision > next.revision) return;
    if (next.id === id.value) customer.value = next;
  }

  async function load(): Promise<void> {
    const wanted = id.value;
    if (!wanted) return;
    if (customer.value?.id !== wanted) state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(CustomerQuery, { id: wanted }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (id.value !== wanted) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = outcome.code === 'NOT_FOUND' ? 'missing' : 'error';
      return;
    }
    if (!outcome.data.customer) {
      customer.value = null;
      state.value = 'missing';
      return;
    }
    customer.value = outcome.data.customer;
    failure.value = null;
    state.value = 'ready';
  }

  function open(customerId: string): Promise<void> {
    if (id.value !== customerId) customer.value = null;
    id.value = customerId;
    return load();
  }

  /** Runs one command of kind `kind` with the content that identifies it; the customer it answers is taken. */
  async function run<T>(
    kind: string,
    content: string,
    send: (commandId: string) => Promise<Outcome<T>>,
    take: (data: T) => void,
  ): Promise<CommandResult> {
    if (busy.value) return { ok: false, failure: { code: 'CONFLICT', reason: null } };
    busy.value = kind;
    const outcome = await send(commands.idFor(kind, content));
    busy.value = null;
    commands.settled(kind, outcome.ok ? null : outcome);
    if (!outcome.ok) return { ok: false, failure: { code: outcome.code, reason: outcome.reason } };
    take(outcome.data);
    return { ok: true };
  }

  function changeDetails(input: CustomerDetailsInput): Promise<CommandResult> {
    const current = customer.value!;
    return run(
      'details',
      JSON.stringify(input),
      (commandId) =>
        outcomeOf(
          connection.client
            .mutation(ChangeCustomerMutation, {
              id: current.id,
              input,
              expectedRevision: current.revision,
              commandId,
            })
            .toPromise(),
        ),
      (data) => accept(data.changeCustomer),
    );
  }

  function addContactPoint(kind: ContactPointKind, value: string): Promise<CommandResult> {
    const customerId = customer.value!.id;
    return run(
      'add-contact',
      `${kind}|${value}`,
      (commandId) =>
        outcomeOf(
          connection.client.mutation(AddContactPointMutation, { customerId, kind, value, commandId }).toPromise(),
        ),
      (data) => {
        accept(data.addContactPoint);
        changes.value += 1;
      },
    );
  }

  function removeContactPoint(kind: ContactPointKind, value: string): Promise<CommandResult> {
    const customerId = customer.value!.id;
    return run(
      'remove-contact',
      `${kind}|${value}`,
      (commandId) =>
        outcomeOf(
          connection.client.mutation(RemoveContactPointMutation, { customerId, kind, value, commandId }).toPromise(),
        ),
      (data) => {
        accept(data.removeContactPoint);
        changes.value += 1;
      },
    );
  }

  function register(input: Omit<RegisterProductInput, 'customerId'>): Promise<CommandResult> {
    const full = { ...input, customerId: customer.value!.id };
    return run(
      'register',
      JSON.stringify(full),
      (commandId) =>
        outcomeOf(connection.client.mutation(RegisterProductMutation, { input: full, commandId }).toPromise()),
      () => {
        changes.value += 1;
        void load();
      },
    );
  }

  function withdraw(registrationId: string, reason: string | null): Promise<CommandResult> {
    return run(
      'withdraw',
      registrationId,
      (commandId) =>
        outcomeOf(
          connection.client.mutation(WithdrawRegistrationMutation, { registrationId, reason, commandId }).toPromise(),
        ),
      () => {
        changes.value += 1;
        void load();
      },
    );
  }

  /** Merges `duplicateId` into the customer on the page, which survives with both histories. */
  function merge(duplicateId: string): Promise<CommandResult> {
    const survivorId = customer.value!.id;
    return run(
      'merge',
      duplicateId,
      (commandId) =>
        outcomeOf(
          connection.client.mutation(MergeCustomersMutation, { survivorId, duplicateId, commandId }).toPromise(),
        ),
      (data) => {
        accept(data.mergeCustomers);
        changes.value += 1;
      },
    );
  }

  /** The customer's data as one JSON document, with the file name to save it under. */
  async function exportDocument(): Promise<{ fileName: string; json: string } | Failure> {
    const outcome = await outcomeOf(
      connection.client
        .query(CustomerExportQuery, { id: customer.value!.id }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    return outcome.ok ? outcome.data.customerExport : { code: outcome.code, reason: outcome.reason };
  }

  watch(
    () => session.token,
    () => {
      id.value = null;
      customer.value = null;
      state.value = 'idle';
    },
  );

  return {
    id,
    customer,
    state,
    failure,
    busy,
    changes,
    open,
    load,
    changeDetails,
    addContactPoint,
    removeContactPoint,
    register,
    withdraw,
    merge,
    exportDocument,
  };
});
