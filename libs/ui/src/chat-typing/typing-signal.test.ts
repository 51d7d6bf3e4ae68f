import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTypingSignal } from './typing-signal';

describe('createTypingSignal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timing = { repeatMs: 3_000, idleMs: 4_000 };

  it('says "typing" on the first key, repeats it at most every repeatMs, and "stopped" after a pause', () => {
    const sent: boolean[] = [];
    const signal = createTypingSignal((typing) => sent.push(typing), timing);
    signal.keyPressed();
    signal.keyPressed();
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(2_999);
    signal.keyPressed();
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(1);
    signal.keyPressed();
    expect(sent).toEqual([true, true]);
    vi.advanceTimersByTime(3_999);
    expect(sent).toEqual([true, true]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([true, true, false]);
  });

  it('sends "stopped" on stop only when "typing" went out, and starts afresh afterwards', () => {
    const sent: boolean[] = [];
    const signal = createTypingSignal((typing) => sent.push(typing), timing);
    signal.stop();
    expect(sent).toEqual([]);
    signal.keyPressed();
    signal.stop();
    signal.stop();
    expect(sent).toEqual([true, false]);
    vi.advanceTimersByTime(10_000);
    expect(sent).toEqual([true, false]);
    signal.keyPressed();
    expect(sent).toEqual([true, false, true]);
  });

  it('cancel forgets an announced "typing" without sending anything, even after the pause', () => {
    const sent: boolean[] = [];
    const signal = createTypingSignal((typing) => sent.push(typing), timing);
    signal.keyPressed();
    signal.cancel();
    vi.advanceTimersByTime(10_000);
    signal.stop();
    expect(sent).toEqual([true]);
  });
});
