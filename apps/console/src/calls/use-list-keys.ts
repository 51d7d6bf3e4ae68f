import type { Ref } from 'vue';
import { useTicketKeys } from '../tickets/use-ticket-keys';

/**
 * `j` and `k` move the focus through a list's items (the elements matching `selector` inside
 * `container`: each item's link or first button), as on the tickets' list; Enter then opens the
 * focused link. Never while the agent types in a field.
 */
export function useListKeys(
  container: Ref<HTMLElement | null>,
  selector: string,
  more: Record<string, () => void> = {},
) {
  function move(step: 1 | -1): void {
    const items = [...(container.value?.querySelectorAll<HTMLElement>(selector) ?? [])];
    if (items.length === 0) return;
    const current = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement));
    const next =
      current === -1 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + step));
    items[next]!.focus();
  }
  useTicketKeys({ KeyJ: () => move(1), KeyK: () => move(-1), ...more });
}
