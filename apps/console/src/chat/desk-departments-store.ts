import { createLatestRequest, outcomeOf, textIn, useGraphqlConnection, type Locale } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import type { DepartmentFieldsFragment as Department } from '../generated/graphql';
import { ChatDepartmentsQuery } from '../api/chat-operations';
import { useSessionStore } from '../session/session-store';

/**
 * Every department by id, to name them in queues, transfers and figures. Loaded once per
 * session; the signed-in agent's own departments are known from the start.
 */
export const useDeskDepartmentsStore = defineStore('desk-departments', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const departments = shallowRef<Department[]>([]);
  let loading: Promise<void> | null = null;

  async function load(): Promise<void> {
    const ticket = requests.begin();
    const outcome = await outcomeOf(
      connection.client.query(ChatDepartmentsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!requests.isLatest(ticket)) return;
    if (outcome.ok) departments.value = outcome.data.departments;
    else loading = null;
  }

  /** Loads the list unless it is loaded or on its way. */
  function ensureLoaded(): Promise<void> {
    loading ??= load();
    return loading;
  }

  function find(id: string): Department | undefined {
    return (
      departments.value.find((each) => each.id === id) ?? session.staff?.departments.find((each) => each.id === id)
    );
  }

  /** The department's name in the locale; its id while the name is not known. */
  function nameOf(id: string, locale: Locale): string {
    const department = find(id);
    return department ? textIn(department.name, locale) : id;
  }

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      loading = null;
      departments.value = [];
    },
  );

  return { departments, ensureLoaded, load, nameOf };
});
