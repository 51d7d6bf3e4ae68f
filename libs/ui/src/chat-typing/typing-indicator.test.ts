import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTypingIndicator } from './typing-indicator';

afterEach(() => vi.useRealTimers());

describe('useTypingIndicator', () => {
  it('shows who is typing, clears it when they stop, and fades it when the stop never comes', () => {
    vi.useFakeTimers();
    const indicator = useTypingIndicator(8_000);
    indicator.show('Sara Ahmadi');
    expect(indicator.typing.value).toBe('Sara Ahmadi');
    indicator.clear();
    expect(indicator.typing.value).toBeNull();
    indicator.show('Sara Ahmadi');
    vi.advanceTimersByTime(7_999);
    indicator.show('Sara Ahmadi');
    vi.advanceTimersByTime(7_999);
    expect(indicator.typing.value).toBe('Sara Ahmadi');
    vi.advanceTimersByTime(1);
    expect(indicator.typing.value).toBeNull();
  });
});
