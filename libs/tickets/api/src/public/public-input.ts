/**
 * The contact form's input checked before anything is written (so a refusal costs no ticket
 * number): the department and requester type exist, subject, text, requester, product and
 * version fit the domain's rules, only the department's public fields are given, and each file
 * was uploaded first.
 */
import {
  TICKET_LIMITS,
  checkFieldValues,
  checkProduct,
  checkRequester,
  checkSubject,
  checkText,
  isRejected,
  reject,
  type TicketAttachment,
  type TicketFieldValue,
  type TicketRequester,
  type TicketsRejection,
} from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import type { SubmitTicketInput } from '@deskstream/graphql-types';

export interface CheckedSubmission {
  departmentId: string;
  requesterType: string;
  subject: string;
  text: string;
  requester: TicketRequester;
  product: string | null;
  version: string | null;
  fields: Record<string, TicketFieldValue>;
}

/** The department's fields a stranger may fill in. */
export const publicFields = (readModel: TicketsReadModel, departmentId: string) =>
  readModel.settings.department(departmentId).fields.filter((field) => field.public);

export function checkSubmission(
  readModel: TicketsReadModel,
  input: SubmitTicketInput,
): CheckedSubmission | TicketsRejection {
  if (!readModel.directory.departments.has(input.departmentId)) return reject('TICKET_DEPARTMENT_NOT_FOUND');
  const types = readModel.settings.requesterTypes;
  if (types.length > 0 ? !types.some((type) => type.key === input.requesterType) : !input.requesterType.trim())
    return reject('TICKET_REQUESTER_TYPE_INVALID');
  const subject = checkSubject(input.subject);
  if (isRejected(subject)) return subject;
  const text = checkText(input.text);
  if (isRejected(text)) return text;
  const requester = checkRequester({
    name: input.requester.name,
    email: input.requester.email ?? null,
    phone: input.requester.phone ?? null,
    language: input.requester.language,
    contactMethod: input.requester.contactMethod,
  });
  if (isRejected(requester)) return requester;
  const product = checkProduct(input.product, TICKET_LIMITS.productCharacters);
  if (isRejected(product)) return product;
  const version = checkProduct(input.version, TICKET_LIMITS.versionCharacters);
  if (isRejected(version)) return version;
  const fields = checkFieldValues(
    (input.fields ?? []).map((field) => ({ key: field.key, value: field.value ?? null })),
    publicFields(readModel, input.departmentId),
    true,
  );
  if (isRejected(fields)) return fields;
  return {
    departmentId: input.departmentId,
    requesterType: input.requesterType,
    subject,
    text,
    requester,
    product,
    version,
    fields,
  };
}

/** The files named by hash, each uploaded first; at most the limit. */
export async function checkAttachments(
  hashes: readonly string[] | null | undefined,
  describe: (hash: string) => Promise<TicketAttachment | null>,
): Promise<TicketAttachment[] | TicketsRejection> {
  const unique = [...new Set(hashes ?? [])];
  if (unique.length > TICKET_LIMITS.maxAttachments) return reject('TICKET_ATTACHMENTS_INVALID');
  const files: TicketAttachment[] = [];
  for (const hash of unique) {
    if (!/^[0-9a-f]{64}$/.test(hash)) return reject('TICKET_ATTACHMENT_NOT_FOUND');
    const file = await describe(hash);
    if (!file) return reject('TICKET_ATTACHMENT_NOT_FOUND');
    if (file.size > TICKET_LIMITS.maxAttachmentBytes) return reject('TICKET_ATTACHMENTS_INVALID');
    files.push(file);
  }
  return files;
}
