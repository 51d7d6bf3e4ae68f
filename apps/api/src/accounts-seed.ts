/**
 * The demo's patron and customer (see `@deskstream/accounts-api`'s seed), and notices to the
 * patron's address in each state a notice can be in, so the portal and the desk show them: a
 * reminder the mail server took (delivered), one it refused for good (bounced, as free-mail
 * providers do with library mail) and one waiting for its next attempt (queued). Each mail's
 * story is written in one append through the outbox's own decider, so the sender never races it.
 */
import type { FastifyInstance } from 'fastify';
import type { AccountsSeedReport } from '@deskstream/accounts-api';
import { DEMO_CUSTOMER, DEMO_PATRON } from '@deskstream/accounts-api';
import type { AccountsReadModel } from '@deskstream/accounts-read-models';
import { CommandRunner, type CommandStore, type ProjectionRunner } from '@deskstream/event-sourcing';
import {
  decideMail,
  evolveMail,
  initialMailState,
  mailStream,
  type MailCommand,
  type MailEvent,
  type MailState,
} from '@deskstream/outbox-domain';
import type { PersonalDataVault } from '@deskstream/personal-data';

export type { AccountsSeedReport };

/** The outbox's decider over a list of commands, decided in turn and appended together. */
const mailStory = {
  initialState: initialMailState,
  evolve: evolveMail,
  decide(commands: MailCommand[], state: MailState) {
    const events: MailEvent[] = [];
    for (const command of commands) {
      const decided = decideMail(command, state);
      if (!Array.isArray(decided)) return decided;
      events.push(...decided);
      state = decided.reduce(evolveMail, state);
    }
    return events;
  },
};

const DAY = 86_400_000;

export async function seedAccounts(
  app: FastifyInstance,
  deps: {
    store: CommandStore;
    runner: Pick<ProjectionRunner, 'waitFor'>;
    readModel: AccountsReadModel;
    vault: PersonalDataVault;
  },
  now: () => Date,
): Promise<AccountsSeedReport & { notices: number }> {
  const report = await app.accounts.seedDemo();
  if (!report.created) return { ...report, notices: 0 };
  const runner = new CommandRunner(deps.store, deps.runner);
  const at = (daysAgo: number, minutes = 0) =>
    new Date(now().getTime() - daysAgo * DAY + minutes * 60_000).toISOString();
  const mail = (mailId: string, subject: string, text: string, kind: string, daysAgo: number, maxAttempts: number) =>
    ({
      type: 'QueueMail',
      data: {
        mailId,
        to: DEMO_PATRON.email,
        subject,
        text,
        purpose: { kind, id: report.patronId },
        maxAttempts,
        at: at(daysAgo),
      },
    }) satisfies MailCommand;
  const stories: [string, MailCommand[]][] = [
    [
      'demo-notice-due-delivered',
      [
        mail(
          'demo-notice-due-delivered',
          'Your loans are due in 3 days',
          'ノルウェイの森 and 海辺のカフカ are due soon.',
          'loan-due',
          4,
          5,
        ),
        { type: 'StartSending', data: { mailId: 'demo-notice-due-delivered', at: at(4, 1), leaseUntil: at(4, 3) } },
        {
          type: 'RecordSent',
          data: {
            mailId: 'demo-notice-due-delivered',
            attempt: 1,
            at: at(4, 1),
            transport: 'SMTP',
            detail: '250 2.0.0 OK queued',
          },
        },
      ],
    ],
    [
      'demo-notice-ready-bounced',
      [
        mail(
          'demo-notice-ready-bounced',
          'Ready for pick-up: 雪国',
          'The item you reserved is ready: 雪国',
          'reservation-ready',
          9,
          1,
        ),
        { type: 'StartSending', data: { mailId: 'demo-notice-ready-bounced', at: at(9, 1), leaseUntil: at(9, 3) } },
        {
          type: 'RecordFailure',
          data: {
            mailId: 'demo-notice-ready-bounced',
            attempt: 1,
            at: at(9, 1),
            reason: '550 5.7.1 Message rejected: the receiving provider does not accept mail from this domain',
            retryAt: at(9, 10),
          },
        },
      ],
    ],
    [
      'demo-notice-overdue-queued',
      [
        mail(
          'demo-notice-overdue-queued',
          'A reminder about your reservation',
          '1Q84 BOOK 1 is reserved for you.',
          'reservation-waiting',
          0,
          5,
        ),
        {
          type: 'StartSending',
          data: { mailId: 'demo-notice-overdue-queued', at: at(0, -20), leaseUntil: at(0, -18) },
        },
        {
          type: 'RecordFailure',
          data: {
            mailId: 'demo-notice-overdue-queued',
            attempt: 1,
            at: at(0, -20),
            reason: '421 4.7.0 Try again later',
            retryAt: new Date(now().getTime() + 6 * 60 * 60_000).toISOString(),
          },
        },
      ],
    ],
  ];
  for (const [mailId, commands] of stories) {
    const outcome = await runner.run({
      streamName: mailStream(mailId),
      decider: mailStory,
      command: commands,
      commandId: `demo-${mailId}`,
      metadata: { actor: { kind: 'system', id: 'demo-seed' } },
    });
    if (!outcome.ok) throw new Error(`seeding the demo notice ${mailId} failed: ${outcome.error.message}`);
  }
  return { ...report, notices: stories.length, customer: DEMO_CUSTOMER.email } as AccountsSeedReport & {
    notices: number;
  };
}
