import {
  outcomeOf,
  useDepartmentAvailability,
  useGraphqlConnection,
  usePageVisibility,
  type PageVisibilityOptions,
} from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import { ChatAvailabilityQuery, DepartmentsQuery, type Department } from './operations';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';
export type { Availability } from '@deskstream/ui';

/** Who is online is asked again this often while a form is shown (and when the visitor comes back to the page). */
export const AVAILABILITY_REFRESH_MS = 30_000;

/**
 * What the visitor fills in before a chat or an offline question: the department (with whether
 * anyone is online there, which decides between the live chat form and the offline question
 * form), their name, email and question. Kept while they go from one form to the other.
 */
export const useChatFormStore = defineStore('chat-form', () => {
  const connection = useGraphqlConnection();

  const departments = shallowRef<Department[]>([]);
  const departmentsState = ref<LoadState>('idle');
  const draft = reactive({ name: '', email: '', question: '' });

  const availability = useDepartmentAvailability({
    check: async (departmentId) => {
      const outcome = await outcomeOf(
        connection.client.query(ChatAvailabilityQuery, { departmentId }, { requestPolicy: 'network-only' }).toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.chatAvailability.online } : outcome;
    },
  });

  async function loadDepartments(): Promise<void> {
    departmentsState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(DepartmentsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (outcome.ok) {
      departments.value = outcome.data.departments;
      departmentsState.value = 'ready';
    } else {
      departmentsState.value = 'error';
    }
  }

  const isKnown = (id: string | null): id is string =>
    id !== null && departments.value.some((department) => department.id === id);

  /** The department asked for if it exists, else the one chosen before, else the only one. */
  function preselect(asked: string | null): Promise<void> {
    const current = availability.departmentId.value;
    availability.departmentId.value = isKnown(asked)
      ? asked
      : isKnown(current)
        ? current
        : departments.value.length === 1
          ? departments.value[0]!.id
          : null;
    return availability.refresh();
  }

  /** Unknown when it cannot be asked: the live form is offered, and the api says if nobody is there. */
  const formMode = computed<'live' | 'offline'>(() =>
    availability.availability.value === 'offline' ? 'offline' : 'live',
  );

  /** While `shown` holds: asks who is online again now and then, and when the visitor comes back to the page. */
  function keepAvailabilityFresh(shown: () => boolean, page: PageVisibilityOptions = {}): () => void {
    const visibility = usePageVisibility(page);
    const stop = availability.keepFresh({ everyMs: AVAILABILITY_REFRESH_MS, when: shown, visibility });
    return () => {
      stop();
      visibility.stop();
    };
  }

  return {
    departments,
    departmentsState,
    departmentId: availability.departmentId,
    availability: availability.availability,
    draft,
    formMode,
    isKnown,
    loadDepartments,
    preselect,
    selectDepartment: availability.select,
    checkAvailability: availability.refresh,
    resetAvailability: availability.reset,
    markOffline: availability.markOffline,
    keepAvailabilityFresh,
  };
});
