/**
 * Where the projection runner remembers how far it got in `$all`. Read models are rebuilt by
 * replay at start, so the process keeps it in memory; a durable store (next to durable read
 * models) only has to implement this interface.
 */
import type { Position } from '@eventstore/db-client';

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
