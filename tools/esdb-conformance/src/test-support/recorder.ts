/**
 * Records what a catch-up subscription tells its listeners, in the order it tells them:
 * confirmation, events, `caughtUp`, errors, the end.
 */
import type { Position, ResolvedEvent } from '@eventstore/db-client';
import { eventually } from './context';

export type Entry =
  | { kind: 'confirmation' }
  | { kind: 'caughtUp' }
  | { kind: 'event'; event: ResolvedEvent }
  | { kind: 'checkpoint'; position: Position }
  | { kind: 'error'; error: Error }
  | { kind: 'end' };

interface Subscribable {
  on(event: 'data', listener: (event: ResolvedEvent) => void): unknown;
  on(event: 'confirmation' | 'caughtUp' | 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  unsubscribe(): Promise<void>;
}

export class Recorder {
  readonly entries: Entry[] = [];

  constructor(private readonly subscription: Subscribable) {
    subscription.on('confirmation', () => this.entries.push({ kind: 'confirmation' }));
    subscription.on('caughtUp', () => this.entries.push({ kind: 'caughtUp' }));
    subscription.on('data', (event) => this.entries.push({ kind: 'event', event }));
    subscription.on('error', (error) => this.entries.push({ kind: 'error', error }));
    subscription.on('end', () => this.entries.push({ kind: 'end' }));
  }

  /** For `checkpointReached`: records the checkpoint in the same timeline. */
  readonly checkpoint = (_subscription: unknown, position: Position): void => {
    this.entries.push({ kind: 'checkpoint', position });
  };

  events(): ResolvedEvent[] {
    return this.entries.flatMap((e) => (e.kind === 'event' ? [e.event] : []));
  }

  /** Events of streams not starting with `$` and of types not starting with `$`. */
  userEvents(): ResolvedEvent[] {
    return this.events().filter((e) => !e.event!.streamId.startsWith('$') && !e.event!.type.startsWith('$'));
  }

  count(kind: Entry['kind']): number {
    return this.entries.filter((e) => e.kind === kind).length;
  }

  checkpoints(): Position[] {
    return this.entries.flatMap((e) => (e.kind === 'checkpoint' ? [e.position] : []));
  }

  errors(): Error[] {
    return this.entries.flatMap((e) => (e.kind === 'error' ? [e.error] : []));
  }

  /** The entries before the first `caughtUp`, or all of them if there is none yet. */
  beforeCaughtUp(): Entry[] {
    const at = this.entries.findIndex((e) => e.kind === 'caughtUp');
    return at < 0 ? [...this.entries] : this.entries.slice(0, at);
  }

  async waitFor(what: string, check: (recorder: Recorder) => boolean, timeoutMs = 10_000): Promise<void> {
    await eventually(
      what,
      () => {
        const error = this.errors()[0];
        if (error) throw error;
        return check(this);
      },
      timeoutMs,
    );
  }

  async waitForEvent(what: string, match: (event: ResolvedEvent) => boolean, timeoutMs = 10_000): Promise<void> {
    await this.waitFor(what, (r) => r.events().some(match), timeoutMs);
  }

  stop(): Promise<void> {
    return this.subscription.unsubscribe();
  }
}
