/** Who listens to read-model changes; a listener that throws is logged and the others still hear. */
import { describeError } from './dead-letters';
import type { ReadModelChange, ReadModelChangeListener } from './projection';
import type { RunnerLogger } from './projection-runner-options';

export class ChangeListeners {
  private readonly listeners = new Set<ReadModelChangeListener>();

  constructor(
    private readonly runner: string,
    private readonly logger: RunnerLogger,
  ) {}

  add(listener: ReadModelChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(change: ReadModelChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error(
          { runner: this.runner, projection: change.projection, error: describeError(error) },
          'a read-model change listener threw',
        );
      }
    }
  }
}
