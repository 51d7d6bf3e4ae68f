import { onBeforeUnmount, onMounted } from 'vue';

export interface Shortcut {
  /** `KeyboardEvent.code`, so the shortcut is the same key on Persian, Japanese or Vietnamese layouts. */
  code: string;
  alt?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  /** The platform's command key: Ctrl, or ⌘ on a Mac (either is accepted); instead of `ctrl`. */
  mod?: boolean;
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === Boolean(shortcut.alt) &&
    event.shiftKey === Boolean(shortcut.shift) &&
    (shortcut.mod ? event.ctrlKey !== event.metaKey : event.ctrlKey === Boolean(shortcut.ctrl) && !event.metaKey) &&
    !event.repeat
  );
}

/** Runs `action` on a document-wide key combination while the calling component is mounted. */
export function useKeyboardShortcut(shortcut: Shortcut, action: () => void): void {
  const onKeydown = (event: KeyboardEvent) => {
    if (!matchesShortcut(event, shortcut)) return;
    event.preventDefault();
    action();
  };
  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));
}
