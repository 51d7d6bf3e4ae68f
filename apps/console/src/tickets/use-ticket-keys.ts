import { onBeforeUnmount, onMounted } from 'vue';

/** A single-key shortcut: `KeyboardEvent.code` (the same key on every layout), with Shift or not. */
export type TicketKey = `${'shift+' | ''}${string}`;

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The key as the map names it (`KeyJ`, `shift+Slash`), or null while typing or with Ctrl, Alt or ⌘ held. */
export function ticketKeyOf(event: KeyboardEvent): TicketKey | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing || event.repeat) return null;
  if (typingInto(event.target)) return null;
  return event.shiftKey ? `shift+${event.code}` : event.code;
}

/**
 * Single keys on the ticket pages (`j`/`k` to move, `r` reply, `n` note, `?` help…) while the
 * calling component is mounted; never while the agent types in a field.
 */
export function useTicketKeys(keys: Record<TicketKey, () => void>): void {
  const onKeydown = (event: KeyboardEvent) => {
    const key = ticketKeyOf(event);
    const action = key ? keys[key] : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  };
  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));
}
