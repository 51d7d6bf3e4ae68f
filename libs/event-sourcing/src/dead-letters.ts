/**
 * The dead-letter read model: an event one projection could not apply. The projection skips it
 * and goes on; admins see the list and fix the projection.
 */
import type { Position } from '@eventstore/db-client';

/** Changes to the dead-letter list are notified under this projection name. */
export const DEAD_LETTERS = 'deadLetters';

export interface DeadLetter {
  projection: string;
  eventId: string;
  eventType: string;
  streamName: string;
  position: Position;
  /** What went wrong, as the error said it. */
  error: string;
  /** When the runner recorded it (ISO-8601). */
  recordedAt: string;
}

export class DeadLetters {
  private readonly letters: DeadLetter[] = [];

  record(letter: DeadLetter): void {
    this.letters.push(letter);
  }

  list(): readonly DeadLetter[] {
    return [...this.letters];
  }

  get count(): number {
    return this.letters.length;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
