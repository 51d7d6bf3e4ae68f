/**
 * An account's personal fields opened with the person's key, or null once the person was erased
 * (their key deleted): read models keep only sealed values, and the api opens them per answer.
 */
import { isErased, type PersonalDataVault, type Sealed } from '@deskstream/personal-data';
import type { AccountRecord } from '@deskstream/accounts-read-models';

export interface OpenedPerson {
  erased: boolean;
  name: string | null;
  cardNumber: string | null;
  email: string | null;
  phone: string | null;
}

/** Loads the keys of these accounts (or learns they were erased). */
export function loadKeys(vault: PersonalDataVault, accounts: Iterable<AccountRecord>): Promise<void> {
  return vault.load([...accounts].map((account) => account.id));
}

export function isAccountErased(vault: PersonalDataVault, account: AccountRecord): boolean {
  return account.erasedAt !== null || vault.isErased(account.id);
}

/** A sealed value in clear, or null when erased or absent (keys must be loaded). */
export function openSealed(vault: PersonalDataVault, sealed: Sealed | null): string | null {
  if (sealed === null) return null;
  const value = vault.open(sealed);
  return isErased(value) ? null : value;
}

export async function openPerson(vault: PersonalDataVault, account: AccountRecord): Promise<OpenedPerson> {
  await vault.load([account.id]);
  if (isAccountErased(vault, account)) return { erased: true, name: null, cardNumber: null, email: null, phone: null };
  const { name, cardNumber, email, phone } = account.personal;
  return {
    erased: false,
    name: openSealed(vault, name),
    cardNumber: openSealed(vault, cardNumber),
    email: openSealed(vault, email),
    phone: openSealed(vault, phone),
  };
}

/** The normalised full name the desk's search hashes. */
export function normalizedName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
