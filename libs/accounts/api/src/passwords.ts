/**
 * New passwords: by a single-use link mailed through the outbox (asked for with the card or email;
 * the answer is the same whether or not an account exists, and the mail goes out after the answer
 * so its time says nothing either), by the holder who is signed in, or by staff at the desk. Each
 * is checked against the account kind's rules, hashed with argon2id and sealed.
 */
import { randomUUID } from 'node:crypto';
import { RESET_LINK_TTL_MS, passwordProblem } from '@deskstream/accounts-domain';
import type { Actor } from '@deskstream/domain-kit';
import type { AccountRecord, AccountsReadModel } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import type { FastifyBaseLogger } from 'fastify';
import { accountCommandError, accountError } from './access';
import type { AccountsCommands } from './commands';
import { hashPassword, newToken, tokenHash } from './credentials';
import type { AccountFloodGuard } from './flood-guard';
import { openPerson } from './personal';
import type { AccountMailbox } from './ports';
import type { AccountSignIn } from './sign-in';

export type ResetLinkStatus = 'VALID' | 'USED' | 'EXPIRED' | 'INVALID';

export interface PasswordDeps {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  signIn: AccountSignIn;
  flood: AccountFloodGuard;
  mailbox?: AccountMailbox;
  now: () => Date;
  log: FastifyBaseLogger;
  /** The portal's origin for the link; unset: a relative link. */
  publicOrigin?: string;
}

export class AccountPasswords {
  constructor(private readonly deps: PasswordDeps) {}

  /** Always true; when the card or email has an account with an email, a link is mailed after the answer. */
  requestReset(login: string, address: string): boolean {
    const { flood, now, signIn, log } = this.deps;
    if (!flood.allow('reset', address, now().getTime())) throw accountError('ACCOUNT_RESET_RATE_LIMITED');
    const { account } = signIn.find(login);
    if (account && !account.erasedAt)
      setImmediate(() =>
        this.mailLink(account).catch((error: unknown) => log.error({ err: error }, 'mailing a reset link failed')),
      );
    return true;
  }

  /** Writes the link's request and queues its mail; the token exists only in the mail. */
  async mailLink(account: AccountRecord): Promise<string | undefined> {
    const { commands, vault, mailbox, now, publicOrigin } = this.deps;
    const person = await openPerson(vault, account);
    if (person.erased || !person.email || !mailbox) return undefined;
    const token = newToken();
    const resetId = randomUUID();
    const mailId = `account-reset-${resetId}`;
    const at = now();
    const outcome = await commands.account(
      {
        type: 'RequestPasswordReset',
        data: {
          accountId: account.id,
          resetId,
          tokenHash: tokenHash(token),
          mailId,
          at: at.toISOString(),
          expiresAt: new Date(at.getTime() + RESET_LINK_TTL_MS).toISOString(),
        },
      },
      `reset-request-${resetId}`,
      { kind: 'system', id: 'password-reset' },
    );
    if (!outcome.ok) throw accountCommandError(outcome.error);
    const link = `${publicOrigin ?? ''}/account/reset#${token}`;
    const queued = await mailbox.queue(
      {
        mailId,
        to: person.email,
        subject: 'Set a new password',
        text: [
          'Someone (we hope you) asked to set a new password for your library account.',
          '',
          `Open this link within ${RESET_LINK_TTL_MS / 60_000} minutes; it works once:`,
          link,
          '',
          'If you did not ask for it, ignore this mail: your password stays as it is.',
        ].join('\n'),
        purpose: { kind: 'password-reset', id: account.id },
      },
      `reset-mail-${resetId}`,
      { kind: 'system', id: 'password-reset' },
    );
    if (!queued.ok) throw new Error(queued.message);
    return token;
  }

  linkStatus(token: string): ResetLinkStatus {
    const link = token.length > 200 ? undefined : this.deps.readModel.resetLink(tokenHash(token));
    if (!link) return 'INVALID';
    if (link.usedAt !== null) return 'USED';
    return Date.parse(link.expiresAt) <= this.deps.now().getTime() ? 'EXPIRED' : 'VALID';
  }

  async resetWithLink(token: string, password: string, commandId: string): Promise<void> {
    const { readModel } = this.deps;
    const link = token.length > 200 ? undefined : readModel.resetLink(tokenHash(token));
    const account = link && readModel.account(link.accountId);
    if (!link || !account || account.erasedAt) throw accountError('ACCOUNT_RESET_LINK_INVALID');
    await this.set(
      account,
      password,
      'RESET_LINK',
      `reset-${link.resetId}-${commandId}`,
      {
        kind: 'customer',
        id: account.id,
      },
      link.resetId,
    );
  }

  async changeOwn(account: AccountRecord, sessionId: string, current: string, next: string): Promise<void> {
    if (!(await this.deps.signIn.passwordIsRight(account, current)))
      throw accountError('ACCOUNT_CURRENT_PASSWORD_WRONG');
    await this.set(
      account,
      next,
      'CHANGED',
      `password-${sessionId}-${randomUUID()}`,
      { kind: 'customer', id: account.id },
      null,
      sessionId,
    );
  }

  async setAtDesk(account: AccountRecord, password: string, commandId: string, staff: Actor): Promise<void> {
    await this.set(account, password, 'DESK', `desk-password-${account.id}-${commandId}`, staff);
  }

  private async set(
    account: AccountRecord,
    password: string,
    how: 'CHANGED' | 'RESET_LINK' | 'DESK',
    commandId: string,
    actor: Actor,
    resetId: string | null = null,
    keepSessionId: string | null = null,
  ): Promise<void> {
    const { vault, commands, now } = this.deps;
    if (password.length > 128) throw accountError('ACCOUNT_INPUT_TOO_LONG');
    const problem = passwordProblem(account.kind, password, now());
    if (problem) throw accountError(problem);
    await vault.load([account.id]);
    if (vault.isErased(account.id)) throw accountError('ACCOUNT_ERASED');
    const passwordHash = vault.seal(account.id, await hashPassword(password));
    const outcome = await commands.account(
      {
        type: 'SetPassword',
        data: {
          accountId: account.id,
          passwordHash,
          how,
          resetId,
          keepSessionId,
          at: now().toISOString(),
          by: { kind: actor.kind === 'staff' ? 'staff' : 'account', id: actor.id },
        },
      },
      commandId,
      actor,
    );
    if (!outcome.ok) throw accountCommandError(outcome.error);
  }
}
