/**
 * The clock's work: a lockout whose 30 minutes have passed is unlocked (`AccountUnlocked`), a
 * ready reservation whose week has passed lapses, and sessions past their time end. Command ids
 * come from what they end, so api processes doing this side by side write each once.
 */
import type { AccountsReadModel } from '@deskstream/accounts-read-models';
import type { FastifyBaseLogger } from 'fastify';
import type { AccountsCommands } from './commands';

const SYSTEM = { kind: 'system' as const, id: 'accounts-clock' };

export class AccountTimers {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly readModel: AccountsReadModel,
    private readonly commands: AccountsCommands,
    private readonly now: () => Date,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** One pass; how many things it ended. */
  async round(): Promise<number> {
    const now = this.now();
    const at = now.toISOString();
    let done = 0;
    for (const account of this.readModel.lockoutsOver(now)) {
      const outcome = await this.commands.account(
        { type: 'UnlockWhenDue', data: { accountId: account.id, at } },
        `unlock-due-${account.id}-${account.lockedAt}`,
        SYSTEM,
      );
      if (outcome.ok && outcome.events.length) done++;
    }
    for (const account of this.readModel.accounts.values())
      for (const reservation of account.reservations.values()) {
        if (reservation.status !== 'READY' || Date.parse(reservation.holdUntil!) > now.getTime()) continue;
        const outcome = await this.commands.circulation(
          { type: 'ExpireHoldWhenDue', data: { accountId: account.id, reservationId: reservation.id, at } },
          `hold-expired-${reservation.id}`,
          SYSTEM,
        );
        if (outcome.ok && outcome.events.length) done++;
      }
    for (const session of this.readModel.expiredSessions(now)) {
      const outcome = await this.commands.account(
        {
          type: 'EndSession',
          data: {
            accountId: session.accountId,
            sessionId: session.sessionId,
            reason: 'EXPIRED',
            at: session.expiresAt,
          },
        },
        `session-expired-${session.sessionId}`,
        SYSTEM,
      );
      if (outcome.ok && outcome.events.length) done++;
    }
    return done;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.round()
        .catch((error: unknown) => {
          this.log.warn({ err: error }, 'an accounts clock round failed');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
