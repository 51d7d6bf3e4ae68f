import { ref, type Ref } from 'vue';
import type { Outcome } from '../graphql/errors';
import { createLatestRequest } from '../session/latest-request';
import type { PageVisibility } from '../page/page-visibility';

/**
 * Whether anyone is online to chat in one department: `checking` while the first answer is on
 * its way, `unknown` when nothing is chosen or it cannot be asked. Only the answer for the latest
 * question is kept, so a slow answer about a department chosen before never shows.
 */
export type Availability = 'unknown' | 'checking' | 'online' | 'offline';

export interface DepartmentAvailabilityOptions {
  /** Asks the api whether someone is online in the department. */
  check(departmentId: string): PromiseLike<Outcome<boolean>>;
}

export interface KeepFreshOptions {
  everyMs: number;
  /** Asks again only while this holds (e.g. while a form that depends on it is shown). */
  when?: () => boolean;
  /** Also asks again when the reader comes back to the page. */
  visibility?: Pick<PageVisibility, 'onReturn'>;
}

export interface DepartmentAvailability {
  readonly departmentId: Ref<string | null>;
  readonly availability: Ref<Availability>;
  /** Chooses a department (null: none) and asks who is online there. */
  select(departmentId: string | null): void;
  /** Asks again for the chosen department. */
  refresh(): Promise<void>;
  /** Forgets the last answer and asks again (a new conversation). */
  reset(): Promise<void>;
  /** The api said nobody is online (e.g. a chat request refused): shown at once, answers in flight dropped. */
  markOffline(): void;
  /** Asks again now and then while `when` holds; returns the function that stops. */
  keepFresh(options: KeepFreshOptions): () => void;
}

export function useDepartmentAvailability(options: DepartmentAvailabilityOptions): DepartmentAvailability {
  const departmentId = ref<string | null>(null);
  const availability = ref<Availability>('unknown');
  const requests = createLatestRequest();

  async function refresh(): Promise<void> {
    const id = departmentId.value;
    const ticket = requests.begin();
    if (!id) {
      availability.value = 'unknown';
      return;
    }
    if (availability.value === 'unknown') availability.value = 'checking';
    const outcome = await options.check(id);
    if (!requests.isLatest(ticket)) return;
    availability.value = outcome.ok ? (outcome.data ? 'online' : 'offline') : 'unknown';
  }

  return {
    departmentId,
    availability,
    select(id) {
      if (id === departmentId.value) return;
      departmentId.value = id;
      availability.value = 'unknown';
      void refresh();
    },
    refresh,
    reset() {
      availability.value = 'unknown';
      return refresh();
    },
    markOffline() {
      requests.invalidate();
      availability.value = 'offline';
    },
    keepFresh({ everyMs, when = () => true, visibility }) {
      const again = () => {
        if (departmentId.value && when()) void refresh();
      };
      const timer = setInterval(again, everyMs);
      const stopReturn = visibility?.onReturn(again);
      return () => {
        clearInterval(timer);
        stopReturn?.();
      };
    },
  };
}
