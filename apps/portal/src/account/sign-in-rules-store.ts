import { outcomeOf, useGraphqlConnection } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { AccountSignInRulesQuery, type AccountKind } from './account-operations';

/**
 * How this organisation's people sign in: a library's patrons by card number, a software
 * publisher's customers by email address, or both. Asked once per page load; both are offered
 * when the api cannot be asked (the api still applies its own rule).
 */
export const useSignInRulesStore = defineStore('account-sign-in-rules', () => {
  const connection = useGraphqlConnection();
  const kinds = ref<AccountKind[]>(['PATRON', 'CUSTOMER']);
  let loading: Promise<void> | null = null;

  function load(): Promise<void> {
    loading ??= (async () => {
      const outcome = await outcomeOf(connection.client.query(AccountSignInRulesQuery, {}).toPromise());
      if (outcome.ok && outcome.data.accountSignInRules.kinds.length > 0) {
        kinds.value = [...outcome.data.accountSignInRules.kinds];
      } else if (!outcome.ok) loading = null;
    })();
    return loading;
  }

  return { kinds, load };
});
