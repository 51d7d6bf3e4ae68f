/**
 * The patron's and customer's side: the public sign-in rules and pick-up places, signing in and
 * out, reset links, and — signed in with their account session — their account, requests, data
 * export, password, preferences, contact, reservations and loans.
 */
import {
  CUSTOMER_PASSWORD_MAX,
  CUSTOMER_PASSWORD_MIN,
  LOCKOUT_MINUTES,
  NOTICE_KINDS,
  PATRON_PASSWORD_MAX,
  PATRON_PASSWORD_MIN,
  type AccountKind,
  type AccountPreferences,
} from '@deskstream/accounts-domain';
import type { AccessContext } from '@deskstream/access';
import type { AccountsReadModel } from '@deskstream/accounts-read-models';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { accountCommandError, accountError, identifyAccount, requireAccount } from './access';
import type { Circulation } from './circulation';
import type { AccountsCommands } from './commands';
import { exportAccount } from './data-export';
import { myRequests } from './my-requests';
import type { AccountPasswords } from './passwords';
import { openPerson } from './personal';
import type { AccountPorts, PickUpPlace } from './ports';
import { checkedContact, emailKey } from './registration';
import type { AccountSignIn } from './sign-in';

export interface HolderDeps {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  ports: AccountPorts;
  signIn: AccountSignIn;
  passwords: AccountPasswords;
  circulation: Circulation;
  places: () => PickUpPlace[];
  kinds: readonly AccountKind[];
  maxFailures: number;
  now: () => Date;
}

export function checkCommandId(commandId: string): string {
  if (commandId.length === 0 || commandId.length > 100) throw accountError('ACCOUNT_INPUT_TOO_LONG');
  return commandId;
}

const address = (context: AccessContext) => context.clientAddress ?? 'unknown';

export function holderResolvers(deps: HolderDeps) {
  const { readModel, commands, vault, ports, signIn, passwords, circulation, places, now } = deps;
  const me = (context: AccessContext) => requireAccount(context, readModel, now());
  const actorOf = (accountId: string) => ({ kind: 'customer' as const, id: accountId });

  const Query: QueryResolvers = {
    accountSignInRules: () => ({
      kinds: [...deps.kinds],
      patronPasswordMin: PATRON_PASSWORD_MIN,
      patronPasswordMax: PATRON_PASSWORD_MAX,
      customerPasswordMin: CUSTOMER_PASSWORD_MIN,
      customerPasswordMax: CUSTOMER_PASSWORD_MAX,
      lockoutFailures: deps.maxFailures,
      lockoutMinutes: LOCKOUT_MINUTES,
    }),
    pickUpBranches: () => places(),
    resetLinkStatus: (_, { token }) => passwords.linkStatus(token),
    myAccount: (_, __, context) => identifyAccount(context, readModel, now())?.account ?? null,
    myRequests: async (_, __, context) => myRequests(me(context).account, vault, ports, false),
    myDataExport: async (_, __, context) => {
      const { account } = me(context);
      return exportAccount(account, { vault, ports, commands, now }, actorOf(account.id));
    },
  };

  const Mutation: MutationResolvers = {
    signInAccount: async (_, { login, password }, context) => {
      const { token, account, session } = await signIn.signIn(login, password, address(context));
      return { token, expiresAt: session.expiresAt, account };
    },
    signOutAccount: async (_, __, context) => {
      const { account, session } = me(context);
      const outcome = await commands.account(
        {
          type: 'EndSession',
          data: { accountId: account.id, sessionId: session.sessionId, reason: 'SIGNED_OUT', at: now().toISOString() },
        },
        `sign-out-${session.sessionId}`,
        actorOf(account.id),
      );
      if (!outcome.ok) throw accountCommandError(outcome.error);
      return true;
    },
    requestAccountPasswordReset: (_, { login }, context) => passwords.requestReset(login, address(context)),
    resetAccountPassword: async (_, { token, password, commandId }) => {
      await passwords.resetWithLink(token, password, checkCommandId(commandId));
      return true;
    },
    changeMyAccountPassword: async (_, { currentPassword, newPassword }, context) => {
      const { account, session } = me(context);
      await passwords.changeOwn(account, session.sessionId, currentPassword, newPassword);
      return true;
    },
    setMyAccountPreferences: async (_, { input, commandId }, context) => {
      const { account } = me(context);
      const contact = { ...account.preferences.contact };
      for (const { kind, method } of input.contact ?? []) if (NOTICE_KINDS.includes(kind)) contact[kind] = method;
      if (input.pickUpBranchId) circulation.checkPlace(input.pickUpBranchId);
      const preferences: AccountPreferences = {
        contact,
        pickUpBranchId: input.pickUpBranchId ?? account.preferences.pickUpBranchId,
      };
      const outcome = await commands.account(
        {
          type: 'SetPreferences',
          data: {
            accountId: account.id,
            preferences,
            at: now().toISOString(),
            by: { kind: 'account', id: account.id },
          },
        },
        `preferences-${account.id}-${checkCommandId(commandId)}`,
        actorOf(account.id),
      );
      if (!outcome.ok) throw accountCommandError(outcome.error);
      return readModel.account(account.id)!;
    },
    setMyContact: async (_, { email, phone, commandId }, context) => {
      const { account } = me(context);
      const person = await openPerson(vault, account);
      const next = checkedContact(
        email === undefined ? person.email : email,
        phone === undefined ? person.phone : phone,
      );
      const emailHash = account.kind === 'CUSTOMER' && next.email ? emailKey(vault, next.email) : null;
      const taken = emailHash ? readModel.byEmailHash(emailHash) : undefined;
      if (taken && taken.id !== account.id) throw accountError('ACCOUNT_EMAIL_TAKEN');
      const seal = (value: string | null) => (value === null ? null : vault.seal(account.id, value));
      const outcome = await commands.account(
        {
          type: 'ChangeContact',
          data: {
            accountId: account.id,
            emailHash,
            email: seal(next.email),
            phone: seal(next.phone),
            at: now().toISOString(),
            by: { kind: 'account', id: account.id },
          },
        },
        `contact-${account.id}-${checkCommandId(commandId)}`,
        actorOf(account.id),
      );
      if (!outcome.ok) throw accountCommandError(outcome.error);
      return readModel.account(account.id)!;
    },
    placeMyReservation: async (_, { input, commandId }, context) => {
      const { account } = me(context);
      return circulation.reserve(account, input, 'PATRON', checkCommandId(commandId), actorOf(account.id));
    },
    cancelMyReservation: async (_, { reservationId, commandId }, context) => {
      const { account } = me(context);
      return circulation.cancel(account, reservationId, 'PATRON', checkCommandId(commandId), actorOf(account.id));
    },
    changeMyReservation: async (_, { reservationId, pickUpBranchId, contactMethod, commandId }, context) => {
      const { account } = me(context);
      return circulation.change(
        account,
        reservationId,
        { pickUpBranchId, contactMethod },
        'PATRON',
        checkCommandId(commandId),
        actorOf(account.id),
      );
    },
    renewMyLoan: async (_, { loanId, commandId }, context) => {
      const { account } = me(context);
      return circulation.renew(account, loanId, checkCommandId(commandId), actorOf(account.id));
    },
  };
  return { Query, Mutation };
}
