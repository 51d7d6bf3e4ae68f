import { checkName, normaliseEmail, normalisePhone } from '@deskstream/customers-domain';

export type CustomerKind = 'PERSON' | 'ORGANISATION';
export type PreferredContact = 'EMAIL' | 'PHONE' | 'NONE';

/** The "record a customer" form as typed: emails and phones one per line. */
export interface CustomerDraft {
  kind: CustomerKind;
  organisationType: string;
  name: string;
  emails: string;
  phones: string;
  language: string;
  preferredContact: PreferredContact;
  requesterType: string;
  organisationId: string;
}

/** One thing to fix, as an i18n key under `customers.form.*` with what it names. */
export interface DraftProblem {
  key: 'nameRequired' | 'badName' | 'badEmail' | 'badPhone' | 'contactRequired';
  value?: string;
}

const DIGIT = String.raw`\d\u06F0-\u06F9\u0660-\u0669`;
const NATIONAL = new RegExp(String.raw`^\(?[${DIGIT}][${DIGIT}\s().-]*$`);
const NOT_DIGIT = new RegExp(`[^${DIGIT}]`, 'g');

const lines = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);

export function emptyDraft(prefill: { phone?: string; email?: string; name?: string } = {}): CustomerDraft {
  return {
    kind: 'PERSON',
    organisationType: '',
    name: prefill.name ?? '',
    emails: prefill.email ?? '',
    phones: prefill.phone ?? '',
    language: 'en',
    preferredContact: prefill.phone && !prefill.email ? 'PHONE' : prefill.email ? 'EMAIL' : 'NONE',
    requesterType: '',
    organisationId: '',
  };
}

/**
 * Whether what was typed can be a phone number, by the customers context's own rule. A number with
 * its country code (`+…`, `00…`) is checked in full; one without is read by the api as the desk's
 * country's, which only the api knows, so here it need only look like one (4 to 17 digits — Latin,
 * Persian or Arabic-Indic — with the usual separators); the api's refusal is shown where it was typed.
 */
export function looksLikePhone(text: string): boolean {
  const trimmed = text.trim();
  if (/^(\+|00|\u06F0\u06F0|\u0660\u0660)/.test(trimmed)) return normalisePhone(trimmed) !== undefined;
  if (!NATIONAL.test(trimmed)) return false;
  const digits = trimmed.replace(NOT_DIGIT, '').length;
  return digits >= 4 && digits <= 17;
}

/** An email address by the customers context's own rule. */
export function isEmailAddress(text: string): boolean {
  return normaliseEmail(text) !== undefined;
}

/**
 * What the form would send, or what is wrong with it, said before anything is sent: a name,
 * well-formed addresses, what can be phone numbers (the api normalises them to E.164 and refuses
 * one it cannot reach), and a preferred contact that has an address or number of its kind.
 */
export function checkDraft(draft: CustomerDraft): { problems: DraftProblem[]; emails: string[]; phones: string[] } {
  const problems: DraftProblem[] = [];
  if (checkName(draft.name)) problems.push({ key: draft.name.trim() ? 'badName' : 'nameRequired' });
  const emails = lines(draft.emails);
  const phones = lines(draft.phones);
  for (const email of emails) if (!isEmailAddress(email)) problems.push({ key: 'badEmail', value: email });
  for (const phone of phones) if (!looksLikePhone(phone)) problems.push({ key: 'badPhone', value: phone });
  if (
    (draft.preferredContact === 'EMAIL' && emails.length === 0) ||
    (draft.preferredContact === 'PHONE' && phones.length === 0)
  ) {
    problems.push({ key: 'contactRequired' });
  }
  return { problems, emails, phones };
}
