/**
 * The contact form's draft and what it becomes: pure functions, so the rules the form applies
 * before sending (what is missing) and the input it sends are tested without a page.
 */
import type { ContactMethod, SubmitTicketInput } from '../generated/graphql';
import type { FormField } from './tickets-operations';

export interface TicketDraft {
  departmentId: string;
  requesterType: string;
  product: string;
  version: string;
  subject: string;
  text: string;
  name: string;
  email: string;
  phone: string;
  contactMethod: ContactMethod;
  /** Custom field values by key, as typed (a date as YYYY-MM-DD). */
  fields: Record<string, string>;
}

/** What stops the form from being sent; `field:<key>` for a required custom field, `uploads` for files not up yet. */
export type MissingField =
  'department' | 'requesterType' | 'subject' | 'text' | 'name' | 'email' | 'phone' | 'uploads' | `field:${string}`;

const blank = (text: string | undefined) => !text || text.trim() === '';

/** What is missing, in the order the form shows it. */
export function missingFields(
  draft: TicketDraft,
  fields: readonly Pick<FormField, 'key' | 'required'>[],
  uploadsReady: boolean,
): MissingField[] {
  const missing: MissingField[] = [];
  if (!draft.departmentId) missing.push('department');
  if (!draft.requesterType) missing.push('requesterType');
  if (blank(draft.subject)) missing.push('subject');
  if (blank(draft.text)) missing.push('text');
  for (const field of fields) if (field.required && blank(draft.fields[field.key])) missing.push(`field:${field.key}`);
  if (blank(draft.name)) missing.push('name');
  if (draft.contactMethod === 'EMAIL' && blank(draft.email)) missing.push('email');
  if (draft.contactMethod === 'PHONE' && blank(draft.phone)) missing.push('phone');
  if (!uploadsReady) missing.push('uploads');
  return missing;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The mutation's input: trimmed, empty optional parts as null, only the chosen department's fields. */
export function submitInput(
  draft: TicketDraft,
  fields: readonly Pick<FormField, 'key'>[],
  attachments: readonly string[],
  language: string,
): SubmitTicketInput & { requester: { email?: string | null } } {
  return {
    departmentId: draft.departmentId,
    requesterType: draft.requesterType,
    subject: draft.subject.trim(),
    text: draft.text.trim(),
    product: orNull(draft.product),
    version: orNull(draft.version),
    requester: {
      name: draft.name.trim(),
      email: orNull(draft.email),
      phone: orNull(draft.phone),
      language,
      contactMethod: draft.contactMethod,
    },
    fields: fields.flatMap((field) => {
      const value = draft.fields[field.key];
      return blank(value) ? [] : [{ key: field.key, value: value!.trim() }];
    }),
    attachments: [...attachments],
  };
}
