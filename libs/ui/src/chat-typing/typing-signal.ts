/**
 * The "is typing" signal one side of a chat sends while writing: "typing" on the first key and
 * again at most every `repeatMs` while keys keep coming, "stopped" once `idleMs` pass without a
 * key (or when `stop` is called, e.g. on send). Used by the visitor's widget and the agent's desk.
 */
export interface TypingSignal {
  /** A key was pressed in the message box. */
  keyPressed(): void;
  /** Writing ended (sent, closed, left): "stopped" goes out if "typing" did. */
  stop(): void;
  /** Forgets everything without a word (the session that announced it is gone). */
  cancel(): void;
}

export interface TypingSignalTiming {
  repeatMs: number;
  idleMs: number;
}

export function createTypingSignal(
  send: (typing: boolean) => void,
  timing: TypingSignalTiming,
  now: () => number = Date.now,
): TypingSignal {
  let announcedAt: number | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(idle);
    idle = undefined;
    if (announcedAt === undefined) return;
    announcedAt = undefined;
    send(false);
  };

  return {
    keyPressed() {
      const at = now();
      if (announcedAt === undefined || at - announcedAt >= timing.repeatMs) {
        announcedAt = at;
        send(true);
      }
      clearTimeout(idle);
      idle = setTimeout(stop, timing.idleMs);
    },
    stop,
    cancel() {
      clearTimeout(idle);
      idle = undefined;
      announcedAt = undefined;
    },
  };
}
