import { createLatestRequest, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import {
  AddProductVersionMutation,
  ChangeProductMutation,
  DefineProductMutation,
  ProductsQuery,
} from '../api/customers-operations';
import type { ProductFieldsFragment as Product, ProductInput } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createCommandIds } from './customer-commands';
import type { CommandResult } from './customer-page-store';

export type { Product };

/**
 * The product catalogue: products with their versions and serial formats. Every agent reads it
 * (to register a product); admins define products, change them and add versions.
 */
export const useProductCatalogueStore = defineStore('product-catalogue', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const commands = createCommandIds();
  const products = shallowRef<Product[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const busy = ref(false);

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(ProductsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    products.value = outcome.data.products;
    failure.value = null;
    state.value = 'ready';
  }

  /** Loads the catalogue once, unless it is already here. */
  function ensure(): Promise<void> {
    return state.value === 'ready' || state.value === 'loading' ? Promise.resolve() : load();
  }

  function place(product: Product): void {
    requests.invalidate();
    const known = products.value.some((each) => each.key === product.key);
    products.value = known
      ? products.value.map((each) => (each.key === product.key ? product : each))
      : [...products.value, product];
  }

  async function run(
    kind: string,
    content: string,
    send: (commandId: string) => Promise<{ ok: true; product: Product } | { ok: false; failure: Failure }>,
  ): Promise<CommandResult> {
    if (busy.value) return { ok: false, failure: { code: 'CONFLICT', reason: null } };
    busy.value = true;
    const result = await send(commands.idFor(kind, content));
    busy.value = false;
    commands.settled(kind, result.ok ? null : result.failure);
    if (!result.ok) return result;
    place(result.product);
    return { ok: true };
  }

  function save(input: ProductInput, isNew: boolean): Promise<CommandResult> {
    return run(isNew ? 'define' : 'change', JSON.stringify(input), async (commandId) => {
      const outcome = isNew
        ? await outcomeOf(connection.client.mutation(DefineProductMutation, { input, commandId }).toPromise())
        : await outcomeOf(connection.client.mutation(ChangeProductMutation, { input, commandId }).toPromise());
      if (!outcome.ok) return { ok: false, failure: { code: outcome.code, reason: outcome.reason } };
      const data = outcome.data;
      return { ok: true, product: 'defineProduct' in data ? data.defineProduct : data.changeProduct };
    });
  }

  function addVersion(productKey: string, version: string, releasedOn: string | null): Promise<CommandResult> {
    return run('version', `${productKey}|${version}|${releasedOn}`, async (commandId) => {
      const outcome = await outcomeOf(
        connection.client
          .mutation(AddProductVersionMutation, { productKey, version, releasedOn, commandId })
          .toPromise(),
      );
      return outcome.ok
        ? { ok: true, product: outcome.data.addProductVersion }
        : { ok: false, failure: { code: outcome.code, reason: outcome.reason } };
    });
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      products.value = [];
      state.value = 'idle';
    },
  );

  return { products, state, failure, busy, load, ensure, save, addVersion };
});
