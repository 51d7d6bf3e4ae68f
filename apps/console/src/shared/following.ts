/** Ends something that was started: a timer, a subscription, a listener. */
export type Stop = () => void;

/**
 * One live activity (timers, subscriptions, reloads after reconnections) shared by every view
 * that follows it: the first follower starts it, the last one to stop ends it. Each follower
 * gets its own stop function, which counts once however often it is called.
 */
export function createSharedFollow(start: () => Stop | readonly Stop[]): () => Stop {
  let followers = 0;
  let stopRunning: Stop | null = null;

  return function follow(): Stop {
    followers += 1;
    if (!stopRunning) {
      const started = start();
      const stops = typeof started === 'function' ? [started] : started;
      stopRunning = () => {
        for (const stop of stops) stop();
      };
    }
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      followers -= 1;
      if (followers === 0) {
        stopRunning?.();
        stopRunning = null;
      }
    };
  };
}

/**
 * Runs `run` every `intervalMs`; with `onlyWhileVisible`, skips the turns that come while the
 * page is hidden (a background tab need not poll). Returns the function that stops.
 */
export function repeatEvery(intervalMs: number, run: () => void, options: { onlyWhileVisible?: boolean } = {}): Stop {
  const timer = setInterval(() => {
    if (options.onlyWhileVisible && typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    run();
  }, intervalMs);
  return () => clearInterval(timer);
}
