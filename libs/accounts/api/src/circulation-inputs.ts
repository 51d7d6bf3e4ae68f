/** What a loan or reservation is made of, its title sealed with the patron's key, and ids from command ids. */
import { createHash } from 'node:crypto';
import type { ItemKind } from '@deskstream/accounts-domain';
import type { AccountRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault, Sealed } from '@deskstream/personal-data';
import { accountError } from './access';

export interface ItemInput {
  itemId: string;
  itemKind: ItemKind;
  title: string;
}

/** A stable id from the parts (a reservation or loan id from the command id that made it). */
export function idFrom(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22);
}

/** The title sealed for the patron: what someone reads is personal. */
export async function sealTitle(vault: PersonalDataVault, account: AccountRecord, title: string): Promise<Sealed> {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > 500) throw accountError('ACCOUNT_IMPORT_INVALID');
  await vault.load([account.id]);
  if (vault.isErased(account.id)) throw accountError('ACCOUNT_ERASED');
  return vault.seal(account.id, trimmed);
}
