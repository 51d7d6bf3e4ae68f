/**
 * The sender loop, driven by the read model: whenever a mail is queued or an attempt falls due,
 * it claims the attempt (`StartSending`, appended at the exact revision, so of two senders on
 * one store only one wins), sends, and records the outcome. A mail the store shows as sent is
 * never due again, so a restart, which rebuilds the read model from the events, sends nothing twice.
 * Only a process that dies between the server's acceptance and recording it leaves an attempt
 * whose lease runs out: that one mail is sent again, under the same Message-ID.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, ProjectionRunner, RunnerLogger } from '@deskstream/event-sourcing';
import { DEFAULT_RETRY_POLICY, retryAt, type RetryPolicy } from '@deskstream/outbox-domain';
import { OUTBOX_PROJECTION, type MailRecord, type OutboxReadModel } from '@deskstream/outbox-read-models';
import type { OutboxCommands } from './outbox-commands';
import { outgoing, type MailTransport } from './transport';

export interface OutboxSenderOptions {
  commands: OutboxCommands;
  readModel: OutboxReadModel;
  runner: Pick<ProjectionRunner, 'onChange' | 'waitUntilCaughtUp'>;
  transport: MailTransport;
  retry?: RetryPolicy;
  now?: () => Date;
  logger?: Pick<RunnerLogger, 'info' | 'warn'>;
}

const SENDER: Actor = { kind: 'system', id: 'outbox-sender' };

/**
 * The due mails from a random place on, round to the start: senders on several api processes see
 * the same due list, and starting at one place would have them race for every mail in turn.
 */
function* fromAnywhere<T>(due: readonly T[]): Iterable<T> {
  const start = Math.floor(Math.random() * due.length);
  for (let index = 0; index < due.length; index++) yield due[(start + index) % due.length]!;
}

export class OutboxSender {
  /** Names this sender's claims, so a claim is never mistaken for another process's. */
  private readonly owner = randomUUID();
  private readonly retry: RetryPolicy;
  private readonly now: () => Date;
  private stopListening: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxSenderOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.now = options.now ?? (() => new Date());
  }

  /** Starts once the read model has caught up (so nothing sent before looks due). */
  start(): void {
    this.options.runner.waitUntilCaughtUp().then(
      () => {
        if (this.stopped) return;
        this.stopListening = this.options.runner.onChange((change) => {
          if (change.projection === OUTBOX_PROJECTION && change.event.type === 'MailQueued') this.kick();
        });
        this.kick();
      },
      () => undefined,
    );
  }

  /** Stops after the mail in hand (if any) has its outcome recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    clearTimeout(this.timer);
    await this.running;
    this.options.transport.close();
  }

  /** Resolves when no pass is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      } else this.schedule();
    });
  }

  private async pass(): Promise<void> {
    for (const mail of fromAnywhere(this.options.readModel.due(this.now()))) {
      if (this.stopped) return;
      try {
        await this.attempt(mail);
      } catch (error) {
        this.options.logger?.warn(
          { err: error, mailId: mail.id },
          'could not record a mail attempt; trying again later',
        );
      }
    }
  }

  /** Wakes up when the next retry or lease falls due. */
  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const next = this.options.readModel.nextDueAt(this.now());
    if (!next) return;
    this.timer = setTimeout(() => this.kick(), Math.max(0, next.getTime() - this.now().getTime()) + 5);
    this.timer.unref();
  }

  private async attempt(mail: MailRecord): Promise<void> {
    const { commands, transport } = this.options;
    const at = this.now();
    const claim = await commands.mail(
      {
        type: 'StartSending',
        data: {
          mailId: mail.id,
          at: at.toISOString(),
          leaseUntil: new Date(at.getTime() + this.retry.leaseMs).toISOString(),
        },
      },
      `send-${mail.id}-${mail.attempts + 1}-${this.owner}`,
      SENDER,
    );
    const started = claim.ok ? claim.events.find((event) => event.type === 'MailSendStarted') : undefined;
    if (!started || started.type !== 'MailSendStarted') return; // another sender has it, it is not due, or it just ran out of attempts
    const attempt = started.data.attempt;
    try {
      const delivery = await transport.send(outgoing(mail));
      await commands.mail(
        { type: 'RecordSent', data: { mailId: mail.id, attempt, at: this.now().toISOString(), ...delivery } },
        `sent-${mail.id}-${attempt}`,
        SENDER,
      );
      this.options.logger?.info({ mailId: mail.id, attempt, transport: delivery.transport }, 'mail sent');
    } catch (error) {
      const failedAt = this.now();
      const reason = error instanceof Error ? error.message : String(error);
      await commands.mail(
        {
          type: 'RecordFailure',
          data: {
            mailId: mail.id,
            attempt,
            at: failedAt.toISOString(),
            reason,
            retryAt: retryAt(this.retry, attempt, failedAt),
          },
        },
        `failed-${mail.id}-${attempt}`,
        SENDER,
      );
      this.options.logger?.warn({ mailId: mail.id, attempt, reason }, 'mail attempt failed');
    }
  }
}
