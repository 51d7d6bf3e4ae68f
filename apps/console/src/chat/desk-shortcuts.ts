import type { Shortcut } from '../shell/use-keyboard-shortcut';

/** The chat desk's keys, by `KeyboardEvent.code` (the same keys on every keyboard layout). */
export const DESK_SHORTCUTS = {
  chatNumber: (n: number): Shortcut => ({ code: `Digit${n}`, alt: true, shift: true }),
  previousChat: { code: 'ArrowUp', alt: true } satisfies Shortcut,
  nextChat: { code: 'ArrowDown', alt: true } satisfies Shortcut,
  acceptNext: { code: 'KeyA', alt: true, shift: true } satisfies Shortcut,
};

/** What the help lists: the keys as written, and the i18n key of what they do. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'Alt+Shift+1…9', does: 'chat.shortcuts.chatNumber' },
  { keys: 'Alt+↑ / Alt+↓', does: 'chat.shortcuts.previousNext' },
  { keys: 'Alt+Shift+A', does: 'chat.shortcuts.acceptNext' },
  { keys: 'Enter', does: 'chat.shortcuts.send' },
  { keys: 'Shift+Enter', does: 'chat.shortcuts.newLine' },
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+K', does: 'chat.shortcuts.formatting' },
  { keys: '/', does: 'chat.shortcuts.savedReplies' },
  { keys: 'Alt+Shift+O', does: 'chat.shortcuts.presence' },
];
