import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue';

/**
 * Whether the reader can see the page (the tab is not hidden), and when they come back to it:
 * the tab is shown again or the window regains focus. A return is announced once even when both
 * happen together. Stops listening by itself when the component or store that made it goes.
 */
export interface PageVisibility {
  readonly visible: Readonly<Ref<boolean>>;
  /** Calls `listener` each time the reader comes back; returns the function that stops it. */
  onReturn(listener: () => void): () => void;
  stop(): void;
}

type Listening = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface PageVisibilityOptions {
  document?: (Listening & Pick<Document, 'visibilityState'>) | null;
  window?: Listening | null;
  /** A tab shown and a window focused within this long are one return. */
  coalesceMs?: number;
  now?: () => number;
}

export function usePageVisibility(options: PageVisibilityOptions = {}): PageVisibility {
  const doc = options.document === undefined ? (globalThis.document ?? null) : options.document;
  const win = options.window === undefined ? (globalThis.window ?? null) : options.window;
  const coalesceMs = options.coalesceMs ?? 1_000;
  const now = options.now ?? Date.now;

  const visible = ref(doc?.visibilityState !== 'hidden');
  const listeners = new Set<() => void>();
  let lastReturn = -Infinity;

  const returned = () => {
    const at = now();
    if (at - lastReturn < coalesceMs) return;
    lastReturn = at;
    for (const listener of [...listeners]) listener();
  };
  const onVisibilityChange = () => {
    const wasVisible = visible.value;
    visible.value = doc?.visibilityState !== 'hidden';
    if (visible.value && !wasVisible) returned();
  };
  const onFocus = () => returned();

  doc?.addEventListener('visibilitychange', onVisibilityChange);
  win?.addEventListener('focus', onFocus);

  const stop = () => {
    listeners.clear();
    doc?.removeEventListener('visibilitychange', onVisibilityChange);
    win?.removeEventListener('focus', onFocus);
  };
  if (getCurrentScope()) onScopeDispose(stop);

  return {
    visible: readonly(visible),
    onReturn(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}
