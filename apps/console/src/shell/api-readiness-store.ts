import { defineStore } from 'pinia';
import { computed, inject, ref, type InjectionKey } from 'vue';

/**
 * Whether the api's read models have caught up after a start. Until they have, `/health/ready`
 * answers 503 `catching up` and GraphQL answers may be partial, so the console holds its pages
 * back and says so. It asks once when the frame opens (and again after the live socket
 * reconnects, since the api may have restarted), then only while the api is catching up, less
 * often as time goes on, and stops as soon as it is ready.
 */
export type ApiReadiness = 'checking' | 'catching-up' | 'ready';

export interface ReadinessProbe {
  /** Resolves true while the api says it is catching up; anything else (ready, unreachable, another 503) is false. */
  catchingUp(): Promise<boolean>;
  /** Waits before the next question: `setTimeout` in the browser. */
  wait(ms: number, then: () => void): () => void;
}

export const READINESS_URL = '/health/ready';
export const readinessProbeKey: InjectionKey<ReadinessProbe> = Symbol('deskstream.console.readiness');
/** Delays between questions while the api catches up: quick at first, then every 3 s. */
export const READINESS_POLL_MS = [250, 500, 1000, 2000, 3000] as const;

export const browserReadinessProbe: ReadinessProbe = {
  async catchingUp() {
    try {
      const response = await fetch(READINESS_URL, { cache: 'no-store', headers: { accept: 'application/json' } });
      if (response.status !== 503) return false;
      const body = (await response.json().catch(() => null)) as { status?: unknown } | null;
      return body?.status === 'catching up';
    } catch {
      // Unreachable: the pages say so themselves, and the live socket's reconnection asks again.
      return false;
    }
  },
  wait(ms, then) {
    const timer = setTimeout(then, ms);
    return () => clearTimeout(timer);
  },
};

export const useApiReadinessStore = defineStore('api-readiness', () => {
  const probe = inject(readinessProbeKey, null) ?? browserReadinessProbe;
  const state = ref<ApiReadiness>('checking');
  const ready = computed(() => state.value === 'ready');
  let asking: Promise<void> | null = null;
  let polls = 0;
  let cancelWait: (() => void) | null = null;

  function stop(): void {
    cancelWait?.();
    cancelWait = null;
  }

  /** Asks now (one question at a time); while catching up, asks again later by itself. */
  function check(): Promise<void> {
    stop();
    asking ??= probe.catchingUp().then((catchingUp) => {
      asking = null;
      if (!catchingUp) {
        state.value = 'ready';
        polls = 0;
        return;
      }
      state.value = 'catching-up';
      const delay = READINESS_POLL_MS[Math.min(polls, READINESS_POLL_MS.length - 1)]!;
      polls += 1;
      cancelWait = probe.wait(delay, () => void check());
    });
    return asking;
  }

  return { state, ready, check, stop };
});
