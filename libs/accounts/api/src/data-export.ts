/**
 * A person's data as one JSON document: the account with its personal fields opened, its
 * preferences, sessions, reservations, loans, notices and requests in other contexts. Each export
 * is recorded (`AccountDataExported`). An erased person's export holds no personal data.
 */
import type { Actor } from '@deskstream/domain-kit';
import type { AccountRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { accountCommandError } from './access';
import type { AccountsCommands } from './commands';
import { myRequests } from './my-requests';
import { openPerson, openSealed } from './personal';
import type { AccountPorts } from './ports';

export async function exportAccount(
  account: AccountRecord,
  deps: { vault: PersonalDataVault; ports: AccountPorts; commands: AccountsCommands; now: () => Date },
  actor: Actor,
): Promise<string> {
  const { vault, ports, commands, now } = deps;
  const person = await openPerson(vault, account);
  const requests = await myRequests(account, vault, ports, false);
  const at = now().toISOString();
  const document = {
    exportedAt: at,
    account: {
      id: account.id,
      kind: account.kind,
      registeredAt: account.registeredAt,
      erased: person.erased,
      name: person.name,
      cardNumber: person.cardNumber,
      email: person.email,
      phone: person.phone,
      hasPassword: account.passwordHash !== null,
      lockouts: account.lockouts,
      preferences: account.preferences,
    },
    sessions: [...account.sessions.values()].map(({ sessionId, startedAt, expiresAt }) => ({
      sessionId,
      startedAt,
      expiresAt,
    })),
    resetLinks: [...account.resets.values()].map(({ resetId, requestedAt, expiresAt, usedAt }) => ({
      resetId,
      requestedAt,
      expiresAt,
      usedAt,
    })),
    reservations: [...account.reservations.values()].map(({ title, ...reservation }) => ({
      ...reservation,
      title: openSealed(vault, title),
    })),
    loans: [...account.loans.values()].map(({ title, ...loan }) => ({ ...loan, title: openSealed(vault, title) })),
    requests,
  };
  if (!person.erased) {
    const outcome = await commands.account(
      {
        type: 'RecordExport',
        data: { accountId: account.id, at, by: { kind: actor.kind === 'staff' ? 'staff' : 'account', id: actor.id } },
      },
      `export-${account.id}-${at}`,
      actor,
    );
    if (!outcome.ok) throw accountCommandError(outcome.error);
  }
  return JSON.stringify(document, null, 2);
}
