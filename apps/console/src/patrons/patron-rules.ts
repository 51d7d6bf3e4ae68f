import {
  CUSTOMER_PASSWORD_MAX,
  CUSTOMER_PASSWORD_MIN,
  PATRON_PASSWORD_MAX,
  PATRON_PASSWORD_MIN,
} from '@deskstream/accounts-domain';
import type { AccountKind } from '../generated/graphql';

/** The password lengths per kind of account, as the accounts domain has them. */
export const PASSWORD_RULES: Record<AccountKind, { min: number; max: number }> = {
  PATRON: { min: PATRON_PASSWORD_MIN, max: PATRON_PASSWORD_MAX },
  CUSTOMER: { min: CUSTOMER_PASSWORD_MIN, max: CUSTOMER_PASSWORD_MAX },
};
