/**
 * The desk's side: find an account by card, email or full name; register patrons and customers;
 * re-register a forgotten password; end a lockout early; lend, take back, secure and hand over
 * reserved items; and, for supervisors and admins, export or erase a person. Erasure deletes the
 * person's key first (everything sealed reads as erased at once), then records `PersonErased`;
 * both are safe to repeat.
 */
import { normalizedCardNumber, normalizedEmail, isCardNumber, isEmail } from '@deskstream/accounts-domain';
import { requireStaff, type AccessContext, type StaffRole } from '@deskstream/access';
import type { AccountRecord, AccountsReadModel } from '@deskstream/accounts-read-models';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { accountCommandError, accountError } from './access';
import type { Circulation } from './circulation';
import type { AccountsCommands } from './commands';
import { exportAccount } from './data-export';
import { checkCommandId } from './holder-resolvers';
import type { AccountPasswords } from './passwords';
import { nameProblem } from '@deskstream/accounts-domain';
import type { AccountPorts } from './ports';
import { cardKey, emailKey, nameKey, registerAccount } from './registration';

export interface StaffDeps {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  ports: AccountPorts;
  passwords: AccountPasswords;
  circulation: Circulation;
  now: () => Date;
}

const DESK: StaffRole[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
const OVERSEERS: StaffRole[] = ['SUPERVISOR', 'ADMIN'];

export function staffResolvers(deps: StaffDeps) {
  const { readModel, commands, vault, ports, passwords, circulation, now } = deps;
  const desk = (context: AccessContext) => {
    const staff = requireStaff(context, DESK);
    return { kind: 'staff' as const, id: staff.id };
  };
  const accountOf = (id: string): AccountRecord => {
    const account = readModel.account(id);
    if (!account) throw accountError('ACCOUNT_NOT_FOUND');
    return account;
  };

  const Query: QueryResolvers = {
    findAccounts: (_, { query }, context) => {
      desk(context);
      const text = query.trim();
      if (text.length === 0 || text.length > 254) throw accountError('ACCOUNT_QUERY_INVALID');
      const card = normalizedCardNumber(text);
      if (isCardNumber(card)) return [readModel.byCardHash(cardKey(vault, card))].filter((a) => a !== undefined);
      const email = normalizedEmail(text);
      if (isEmail(email)) return [readModel.byEmailHash(emailKey(vault, email))].filter((a) => a !== undefined);
      if (nameProblem(text)) throw accountError('ACCOUNT_QUERY_INVALID');
      return readModel.byNameHash(nameKey(vault, text));
    },
    account: (_, { id }, context) => {
      desk(context);
      return readModel.account(id) ?? null;
    },
    accountFigures: (_, __, context) => {
      requireStaff(context, OVERSEERS);
      const { pickUpNotices, ...figures } = readModel.figures();
      return {
        ...figures,
        pickUpNoticesByEmail: pickUpNotices.EMAIL,
        pickUpNoticesByPhone: pickUpNotices.PHONE,
        pickUpNoticesNotSent: pickUpNotices.NONE,
      };
    },
    accountDataExport: async (_, { id }, context) => {
      const staff = requireStaff(context, OVERSEERS);
      return exportAccount(accountOf(id), { vault, ports, commands, now }, { kind: 'staff', id: staff.id });
    },
  };

  const Mutation: MutationResolvers = {
    registerAccount: async (_, { input, commandId }, context) => {
      const actor = desk(context);
      return registerAccount({ readModel, commands, vault, now }, input, checkCommandId(commandId), actor);
    },
    setAccountPasswordAtDesk: async (_, { accountId, password, commandId }, context) => {
      const actor = desk(context);
      await passwords.setAtDesk(accountOf(accountId), password, checkCommandId(commandId), actor);
      return accountOf(accountId);
    },
    unlockAccount: async (_, { accountId, commandId }, context) => {
      const actor = desk(context);
      accountOf(accountId);
      const outcome = await commands.account(
        { type: 'UnlockByStaff', data: { accountId, at: now().toISOString(), by: { kind: 'staff', id: actor.id } } },
        `unlock-${accountId}-${checkCommandId(commandId)}`,
        actor,
      );
      if (!outcome.ok) throw accountCommandError(outcome.error);
      return accountOf(accountId);
    },
    // The role is checked before anything is looked up, so nobody learns what exists.
    recordLoan: async (_, { accountId, input, commandId }, context) => {
      const actor = desk(context);
      return circulation.lend(accountOf(accountId), input, 'DESK', checkCommandId(commandId), actor);
    },
    returnLoan: async (_, { accountId, loanId, commandId }, context) => {
      const actor = desk(context);
      return circulation.giveBack(accountOf(accountId), loanId, checkCommandId(commandId), actor);
    },
    markReservationReady: async (_, { accountId, reservationId, commandId }, context) => {
      const actor = desk(context);
      return circulation.markReady(accountOf(accountId), reservationId, checkCommandId(commandId), actor);
    },
    collectReservation: async (_, { accountId, reservationId, commandId }, context) => {
      const actor = desk(context);
      return circulation.collect(accountOf(accountId), reservationId, checkCommandId(commandId), actor);
    },
    erasePerson: async (_, { accountId, commandId }, context) => {
      const staff = requireStaff(context, OVERSEERS);
      const account = accountOf(accountId);
      await vault.erase(account.id);
      const outcome = await commands.account(
        { type: 'ErasePerson', data: { accountId, at: now().toISOString(), by: { kind: 'staff', id: staff.id } } },
        `erase-${accountId}-${checkCommandId(commandId)}`,
        { kind: 'staff', id: staff.id },
      );
      if (!outcome.ok) throw accountCommandError(outcome.error);
      return accountOf(accountId);
    },
  };
  return { Query, Mutation };
}
