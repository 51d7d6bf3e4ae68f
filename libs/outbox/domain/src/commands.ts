/** What a mail (`mail-<id>`) can be asked: queued, an attempt claimed, its outcome recorded. Time and the retry schedule come in the command. */
import type { MailExtras, MailPurpose, MailTransportKind } from './mail-events';

export type MailCommand =
  | {
      type: 'QueueMail';
      data: {
        mailId: string;
        to: string;
        subject: string;
        text: string;
        purpose: MailPurpose;
        maxAttempts: number;
        at: string;
      } & MailExtras;
    }
  | { type: 'StartSending'; data: { mailId: string; at: string; leaseUntil: string } }
  | {
      type: 'RecordSent';
      data: { mailId: string; attempt: number; at: string; transport: MailTransportKind; detail: string };
    }
  | { type: 'RecordFailure'; data: { mailId: string; attempt: number; at: string; reason: string; retryAt: string } };
