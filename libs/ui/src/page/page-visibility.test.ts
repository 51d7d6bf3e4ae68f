import { describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import { usePageVisibility } from './page-visibility';

function fakeDocument(state: 'visible' | 'hidden') {
  const target = new EventTarget() as EventTarget & {
    visibilityState: 'visible' | 'hidden';
    set(next: 'visible' | 'hidden'): void;
  };
  target.visibilityState = state;
  target.set = (next) => {
    target.visibilityState = next;
    target.dispatchEvent(new Event('visibilitychange'));
  };
  return target;
}

describe('usePageVisibility', () => {
  it('follows whether the tab is shown, and announces a return once when the tab and the window come back together', () => {
    const document = fakeDocument('visible');
    const window = new EventTarget();
    let clock = 0;
    const visibility = usePageVisibility({ document, window, now: () => clock });
    let returns = 0;
    visibility.onReturn(() => (returns += 1));

    document.set('hidden');
    expect(visibility.visible.value).toBe(false);
    clock = 10_000;
    document.set('visible');
    window.dispatchEvent(new Event('focus'));
    expect(visibility.visible.value).toBe(true);
    expect(returns).toBe(1);
    clock = 20_000;
    window.dispatchEvent(new Event('focus'));
    expect(returns).toBe(2);
  });

  it('stops listening when the scope that made it ends', () => {
    const document = fakeDocument('hidden');
    const window = new EventTarget();
    const scope = effectScope();
    const visibility = scope.run(() => usePageVisibility({ document, window }))!;
    let returns = 0;
    visibility.onReturn(() => (returns += 1));
    expect(visibility.visible.value).toBe(false);
    scope.stop();
    document.set('visible');
    window.dispatchEvent(new Event('focus'));
    expect(returns).toBe(0);
    expect(visibility.visible.value).toBe(false);
  });
});
