import { ref, type Ref } from 'vue';

/**
 * The other side's "is typing", as shown: the name of who is typing, cleared when they stop, when
 * their message arrives, or by itself after `fadeMs` without a word (a lost "stopped" must not stick).
 */
export interface TypingIndicator {
  readonly typing: Ref<string | null>;
  /** Someone is typing (a name) or stopped (null). */
  show(name: string | null): void;
  clear(): void;
}

export function useTypingIndicator(fadeMs: number): TypingIndicator {
  const typing = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (name: string | null) => {
    clearTimeout(timer);
    typing.value = name;
    if (name !== null) timer = setTimeout(() => (typing.value = null), fadeMs);
  };
  return { typing, show, clear: () => show(null) };
}
