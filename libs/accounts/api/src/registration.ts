/**
 * Registering a patron or a customer at the desk: the card number, email, phone and name are
 * checked, sealed with the new person's key and found again by keyed hashes; the password, when
 * given, is hashed (argon2id) and sealed too.
 */
import { createHash } from 'node:crypto';
import {
  isEmail,
  isCardNumber,
  nameProblem,
  normalizedCardNumber,
  normalizedEmail,
  normalizedPhone,
  passwordProblem,
  type AccountKind,
  type AccountPreferences,
} from '@deskstream/accounts-domain';
import type { Actor } from '@deskstream/domain-kit';
import type { AccountRecord, AccountsReadModel } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { accountCommandError, accountError } from './access';
import type { AccountsCommands } from './commands';
import { hashPassword } from './credentials';
import { normalizedName } from './personal';

export interface Registration {
  kind: AccountKind;
  cardNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  password?: string | null;
}

export interface RegistrationDeps {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  now: () => Date;
}

/** The checked contact fields: email normalised, phone in digits; throws the reason when one is wrong. */
export function checkedContact(email: string | null | undefined, phone: string | null | undefined) {
  const mail = email ? normalizedEmail(email) : null;
  if (mail !== null && !isEmail(mail)) throw accountError('ACCOUNT_EMAIL_INVALID');
  const digits = phone ? normalizedPhone(phone) : null;
  if (phone && digits === null) throw accountError('ACCOUNT_PHONE_INVALID');
  return { email: mail, phone: digits };
}

export const cardKey = (vault: PersonalDataVault, card: string) => vault.lookupHash(`card:${card}`);
export const emailKey = (vault: PersonalDataVault, email: string) => vault.lookupHash(`email:${email}`);
export const nameKey = (vault: PersonalDataVault, name: string) => vault.lookupHash(`name:${normalizedName(name)}`);

/** The account id a registration's command id stands for, so a retry registers once. */
export function accountIdFor(commandId: string): string {
  const hex = createHash('sha256').update(`account:${commandId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export async function registerAccount(
  deps: RegistrationDeps,
  input: Registration,
  commandId: string,
  actor: Actor,
  preferences?: Partial<AccountPreferences>,
): Promise<AccountRecord> {
  const { readModel, commands, vault, now } = deps;
  const card = input.cardNumber ? normalizedCardNumber(input.cardNumber) : null;
  if (input.kind === 'PATRON' && (card === null || !isCardNumber(card))) throw accountError('ACCOUNT_CARD_INVALID');
  if (input.kind === 'CUSTOMER' && card !== null) throw accountError('ACCOUNT_CARD_INVALID');
  const { email, phone } = checkedContact(input.email, input.phone);
  if (input.kind === 'CUSTOMER' && email === null) throw accountError('ACCOUNT_EMAIL_INVALID');
  const name = input.name?.trim() || null;
  if (name !== null && nameProblem(name)) throw accountError('ACCOUNT_NAME_INVALID');
  if (input.password) {
    const problem = passwordProblem(input.kind, input.password, now());
    if (problem) throw accountError(problem);
  }

  const accountId = accountIdFor(commandId);
  const cardHash = card ? cardKey(vault, card) : null;
  const emailHash = email && input.kind === 'CUSTOMER' ? emailKey(vault, email) : null;
  const takenByCard = cardHash ? readModel.byCardHash(cardHash) : undefined;
  if (takenByCard && takenByCard.id !== accountId) throw accountError('ACCOUNT_CARD_TAKEN');
  const takenByEmail = emailHash ? readModel.byEmailHash(emailHash) : undefined;
  if (takenByEmail && takenByEmail.id !== accountId) throw accountError('ACCOUNT_EMAIL_TAKEN');

  await vault.ensureKey(accountId);
  const seal = (value: string | null) => (value === null ? null : vault.seal(accountId, value));
  const passwordHash = input.password ? seal(await hashPassword(input.password)) : null;
  const outcome = await commands.account(
    {
      type: 'RegisterAccount',
      data: {
        accountId,
        kind: input.kind,
        cardNumberHash: cardHash,
        emailHash,
        nameHash: name ? nameKey(vault, name) : null,
        personal: { name: seal(name), cardNumber: seal(card), email: seal(email), phone: seal(phone) },
        preferences: {
          contact: {
            RESERVATION_READY: preferences?.contact?.RESERVATION_READY ?? (email ? 'EMAIL' : phone ? 'PHONE' : 'NONE'),
            LOAN_DUE: preferences?.contact?.LOAN_DUE ?? (email ? 'EMAIL' : 'NONE'),
          },
          pickUpBranchId: preferences?.pickUpBranchId ?? null,
        },
        passwordHash,
        at: now().toISOString(),
        by: { kind: actor.kind === 'staff' ? 'staff' : 'system', id: actor.id },
      },
    },
    `register-${commandId}`,
    actor,
  );
  if (!outcome.ok && outcome.error.code !== 'ACCOUNT_EXISTS') throw accountCommandError(outcome.error);
  return readModel.account(accountId)!;
}
