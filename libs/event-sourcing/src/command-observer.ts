/**
 * An optional look at every command the process runs, for metrics: the command's type, how it
 * ended and how long it took (deciding, appending and waiting for this process's read models).
 * The observer rides on the command store (`withCommandObserver`), so every context's
 * `CommandRunner` reports without knowing who listens; this library depends on no metrics package.
 */
import type { CommandStore } from './handle-command';

/** `accepted`: stored and visible; `rejected`: the decider said no; `conflict`: retries used up; `failed`: an exception (a timeout, the store). */
export type CommandOutcomeKind = 'accepted' | 'rejected' | 'conflict' | 'failed';

export interface CommandObservation {
  /** The command's `type` (`RequestChat`), or `unknown` for a command without one. */
  commandType: string;
  outcome: CommandOutcomeKind;
  durationMs: number;
}

export type CommandObserver = (observation: CommandObservation) => void;

/** The store with `observer` told of each command run through it; its aggregate cache, if any, stays. */
export function withCommandObserver<Store extends CommandStore>(
  store: Store,
  observer: CommandObserver | undefined,
): CommandStore & Pick<Store, 'aggregates'> {
  if (observer === undefined) return store;
  return {
    readStream: ((...args: Parameters<CommandStore['readStream']>) =>
      store.readStream(...args)) as CommandStore['readStream'],
    appendToStream: ((...args: Parameters<CommandStore['appendToStream']>) =>
      store.appendToStream(...args)) as CommandStore['appendToStream'],
    aggregates: store.aggregates,
    observer,
  };
}

/** The command's `type` field when it has one. */
export function commandTypeOf(command: unknown): string {
  if (typeof command === 'object' && command !== null && 'type' in command) {
    const { type } = command as { type: unknown };
    if (typeof type === 'string' && type !== '') return type;
  }
  return 'unknown';
}
