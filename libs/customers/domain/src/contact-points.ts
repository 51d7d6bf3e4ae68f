/** A customer's contact points as they are kept: emails lower-cased, phones in E.164, each once. */
import type { ContactPointKind } from './customers-events';
import { reject, type CustomersRejection } from './errors';
import { normaliseEmail, normalisePhone } from './input-rules';
import { CUSTOMER_LIMITS, type PhoneCountry } from './limits';

/** Emails lower-cased and phones in E.164, each once; or why not. */
export function normaliseContactPoints(
  emails: readonly string[],
  phones: readonly string[],
  country: PhoneCountry,
): { emails: string[]; phones: string[] } | CustomersRejection {
  if (emails.length > CUSTOMER_LIMITS.emailsPerCustomer || phones.length > CUSTOMER_LIMITS.phonesPerCustomer)
    return reject('CUSTOMER_CONTACT_POINTS_TOO_MANY');
  const normalEmails: string[] = [];
  for (const email of emails) {
    const normal = normaliseEmail(email);
    if (!normal) return reject('CUSTOMER_EMAIL_INVALID');
    if (!normalEmails.includes(normal)) normalEmails.push(normal);
  }
  const normalPhones: string[] = [];
  for (const phone of phones) {
    const normal = normalisePhone(phone, country);
    if (!normal) return reject('CUSTOMER_PHONE_INVALID');
    if (!normalPhones.includes(normal)) normalPhones.push(normal);
  }
  return { emails: normalEmails, phones: normalPhones };
}

/** One contact point normalised by kind, or why not. */
export function normaliseContactPoint(
  kind: ContactPointKind,
  value: string,
  country: PhoneCountry,
): string | CustomersRejection {
  if (kind === 'EMAIL') return normaliseEmail(value) ?? reject('CUSTOMER_EMAIL_INVALID');
  return normalisePhone(value, country) ?? reject('CUSTOMER_PHONE_INVALID');
}
