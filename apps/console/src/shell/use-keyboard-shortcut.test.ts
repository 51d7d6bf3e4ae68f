import { describe, expect, it } from 'vitest';
import { matchesShortcut } from './use-keyboard-shortcut';

const key = (
  code: string,
  modifiers: Partial<Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'repeat'>> = {},
) =>
  ({
    code,
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    repeat: false,
    ...modifiers,
  }) as KeyboardEvent;

describe('matchesShortcut', () => {
  it('matches the exact modifiers of a shortcut and no others', () => {
    const toggle = { code: 'KeyO', alt: true, shift: true };
    expect(matchesShortcut(key('KeyO', { altKey: true, shiftKey: true }), toggle)).toBe(true);
    expect(matchesShortcut(key('KeyO', { altKey: true }), toggle)).toBe(false);
    expect(matchesShortcut(key('KeyO', { altKey: true, shiftKey: true, metaKey: true }), toggle)).toBe(false);
    expect(matchesShortcut(key('KeyO', { altKey: true, shiftKey: true, repeat: true }), toggle)).toBe(false);
  });

  it('takes Ctrl or ⌘ for the command key, but not both and not neither', () => {
    const save = { code: 'KeyS', mod: true };
    expect(matchesShortcut(key('KeyS', { ctrlKey: true }), save)).toBe(true);
    expect(matchesShortcut(key('KeyS', { metaKey: true }), save)).toBe(true);
    expect(matchesShortcut(key('KeyS', { ctrlKey: true, metaKey: true }), save)).toBe(false);
    expect(matchesShortcut(key('KeyS'), save)).toBe(false);
    expect(matchesShortcut(key('KeyS', { ctrlKey: true, shiftKey: true }), save)).toBe(false);
  });

  it('keeps Ctrl shortcuts from answering to ⌘', () => {
    expect(matchesShortcut(key('KeyS', { metaKey: true }), { code: 'KeyS', ctrl: true })).toBe(false);
  });
});
