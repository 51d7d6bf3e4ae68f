/**
 * Where the projection runner remembers how far it got in `$all`. Read models are rebuilt by
 * replay at start, so the process keeps it in memory; a durable store (next to durable read
 * models) only has to implement this interface.
 */
import type { Position } from '@eventstore/db-client';
import { describeError } from './dead-letters';
import type { RunnerLogger } from './projection-runner-options';

export interface CheckpointStore {
  /** The last position the named runner applied, or undefined to start from the beginning. */
  load(runnerName: string): Promise<Position | undefined>;
  save(runnerName: string, position: Position): Promise<void>;
}

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, Position>();

  async load(runnerName: string): Promise<Position | undefined> {
    return this.positions.get(runnerName);
  }

  async save(runnerName: string, position: Position): Promise<void> {
    this.positions.set(runnerName, position);
  }
}

/** Saves the runner's position: one save at a time, always of the latest; a durable store batches naturally. */
export class CheckpointKeeper {
  private saving: Promise<boolean> | undefined;
  private saved: Position | undefined;

  constructor(
    private readonly store: CheckpointStore,
    private readonly name: string,
    /** The runner's position now; undefined once it stopped. */
    private readonly position: () => Position | undefined,
    private readonly logger: RunnerLogger,
  ) {}

  async load(): Promise<Position | undefined> {
    this.saved = await this.store.load(this.name);
    return this.saved;
  }

  schedule(): void {
    if (this.saving) return;
    this.saving = this.save(this.position()).then((saved) => {
      this.saving = undefined;
      const now = this.position();
      if (saved && now !== undefined && now !== this.saved) this.schedule();
      return saved;
    });
  }

  /** False if the store failed; the next event tries again. */
  async save(position: Position | undefined): Promise<boolean> {
    await this.saving;
    if (position === undefined || position === this.saved) return true;
    try {
      await this.store.save(this.name, position);
      this.saved = position;
      return true;
    } catch (error) {
      this.logger.error({ runner: this.name, error: describeError(error) }, 'could not save the checkpoint');
      return false;
    }
  }
}
