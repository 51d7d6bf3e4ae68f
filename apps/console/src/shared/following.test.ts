import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSharedFollow, repeatEvery } from './following';

describe('createSharedFollow', () => {
  it('starts once for the first follower and stops after the last one', () => {
    const events: string[] = [];
    const follow = createSharedFollow(() => {
      events.push('start');
      return () => events.push('stop');
    });

    const first = follow();
    const second = follow();
    expect(events).toEqual(['start']);
    first();
    expect(events).toEqual(['start']);
    second();
    expect(events).toEqual(['start', 'stop']);
  });

  it('counts a follower once however often its stop is called', () => {
    const stops = vi.fn();
    const follow = createSharedFollow(() => stops);
    const first = follow();
    const second = follow();
    first();
    first();
    expect(stops).not.toHaveBeenCalled();
    second();
    expect(stops).toHaveBeenCalledTimes(1);
  });

  it('ends every part it was given and starts afresh for a later follower', () => {
    const ended: string[] = [];
    let starts = 0;
    const follow = createSharedFollow(() => {
      starts += 1;
      return [() => ended.push(`timer ${starts}`), () => ended.push(`socket ${starts}`)];
    });
    follow()();
    expect(ended).toEqual(['timer 1', 'socket 1']);
    follow()();
    expect(starts).toBe(2);
    expect(ended).toEqual(['timer 1', 'socket 1', 'timer 2', 'socket 2']);
  });
});

describe('repeatEvery', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs on each interval until stopped', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const stop = repeatEvery(1000, run);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2001);
    expect(run).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('skips the turns that come while the page is hidden, when asked to', () => {
    vi.useFakeTimers();
    let visibility: DocumentVisibilityState = 'hidden';
    vi.stubGlobal('document', {
      get visibilityState() {
        return visibility;
      },
    });
    const whileVisible = vi.fn();
    const always = vi.fn();
    const stops = [repeatEvery(1000, whileVisible, { onlyWhileVisible: true }), repeatEvery(1000, always)];

    vi.advanceTimersByTime(2000);
    expect(whileVisible).not.toHaveBeenCalled();
    expect(always).toHaveBeenCalledTimes(2);
    visibility = 'visible';
    vi.advanceTimersByTime(1000);
    expect(whileVisible).toHaveBeenCalledTimes(1);
    for (const stop of stops) stop();
  });
});
