/**
 * What other parts of the product use to send a mail: queue it under a mail id of their
 * choosing, with its purpose (what it is about and the department it was written for, which
 * decides who may read it). The sender loop delivers it; the Outbox page shows how it went.
 */
import type { Actor } from '@deskstream/event-sourcing';
import { DEFAULT_RETRY_POLICY, type MailExtras, type MailPurpose } from '@deskstream/outbox-domain';
import type { MailOutcome, OutboxCommands } from './outbox-commands';

export interface MailToQueue extends MailExtras {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  purpose: MailPurpose;
}

export class Mailbox {
  constructor(
    private readonly commands: OutboxCommands,
    private readonly now: () => Date = () => new Date(),
    private readonly maxAttempts = DEFAULT_RETRY_POLICY.maxAttempts,
  ) {}

  /** Queues the mail; the same command id again changes nothing, another one for the same mail id is OUTBOX_MAIL_EXISTS. */
  queue(mail: MailToQueue, commandId: string, actor: Actor): Promise<MailOutcome> {
    return this.commands.mail(
      { type: 'QueueMail', data: { ...mail, maxAttempts: this.maxAttempts, at: this.now().toISOString() } },
      commandId,
      actor,
    );
  }
}
