/**
 * The command side every context uses: run a command through its decider on the store
 * (`handleCommand`), then wait until this process's read models hold what it wrote, so the
 * caller can answer from them (read-your-writes). Rejections come back as values with the
 * context's stable reasons; a conflict after the retries as CONFLICT.
 */
import type { Actor, Decider, DomainEvent, Rejection } from '@deskstream/domain-kit';
import { CONFLICT, type ConflictError } from './errors';
import { commandTypeOf, type CommandOutcomeKind } from './command-observer';
import { handleCommand, type CommandStore, type HandleCommandOptions } from './handle-command';
import type { Position } from './events';

/** Whatever can tell when the read models have passed a position: the projection runner. */
export interface ReadModelProgress {
  waitFor(position: Position): Promise<void>;
}

export type CommandOutcome<Event, Reason extends string = string> =
  { ok: true; events: Event[] } | { ok: false; error: Rejection<Reason> | ConflictError };

export class CommandRunner {
  constructor(
    private readonly store: CommandStore,
    private readonly progress: ReadModelProgress,
  ) {}

  async run<Command, Event extends DomainEvent, State, Reason extends string>(
    options: HandleCommandOptions<Command, Event, State, Rejection<Reason>>,
  ): Promise<CommandOutcome<Event, Reason>> {
    const observer = this.store.observer;
    if (observer === undefined) return this.runUnobserved(options);
    const started = performance.now();
    let outcome: CommandOutcomeKind = 'failed';
    try {
      const result = await this.runUnobserved(options);
      outcome = result.ok ? 'accepted' : result.error.code === CONFLICT ? 'conflict' : 'rejected';
      return result;
    } finally {
      const observation = {
        commandType: commandTypeOf(options.command),
        outcome,
        durationMs: performance.now() - started,
      };
      try {
        observer(observation);
      } catch {
        // An observer's failure is never the command's.
      }
    }
  }

  private async runUnobserved<Command, Event extends DomainEvent, State, Reason extends string>(
    options: HandleCommandOptions<Command, Event, State, Rejection<Reason>>,
  ): Promise<CommandOutcome<Event, Reason>> {
    const result = await handleCommand(this.store, options);
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: [...result.events] };
  }

  /**
   * One aggregate's command path: where its commands go and the decider that judges them, as a
   * function of the command, its id and who sends it (`chat: runner.aggregate((c) => chatStream(c.data.chatId), chatDecider)`).
   */
  aggregate<Command, Event extends DomainEvent, State, Reason extends string>(
    streamOf: (command: Command) => string,
    decider: Decider<Command, Event, State, Rejection<Reason>>,
  ): (command: Command, commandId: string, actor: Actor) => Promise<CommandOutcome<Event, Reason>> {
    return (command, commandId, actor) =>
      this.run({ streamName: streamOf(command), decider, command, commandId, metadata: { actor } });
  }
}
