/**
 * Customer records for staff: search, one customer, the caller by phone, and the commands —
 * record, change, add and remove contact points, merge. Every change is a command with the
 * caller's command id; a new customer's id comes from it, so a retry records it once.
 */
import type { SignedInStaff } from '@deskstream/access';
import {
  CUSTOMER_LIMITS,
  characters,
  normaliseContactPoint,
  normaliseContactPoints,
  normalisePhone,
  type CustomerDetails,
  type OrganisationLookup,
} from '@deskstream/customers-domain';
import type { CustomerRecord, CustomersReadModel } from '@deskstream/customers-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { CustomerDetailsInput, MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import {
  actorsOf,
  checkCommandId,
  customerCommandError,
  customerError,
  isId,
  pageSize,
  requireCustomerStaff,
} from './access';
import type { CustomersCommands, CustomersOutcome } from './commands';
import { customerExport } from './customer-export';

export interface CustomerResolverDeps {
  readModel: CustomersReadModel;
  commands: CustomersCommands;
  now: () => Date;
}

const offsetCursor = (offset: number) => Buffer.from(`o${offset}`, 'utf8').toString('base64url');
function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const text = cursor.length <= 40 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!/^o\d{1,9}$/.test(text)) throw customerError('CUSTOMER_PAGE_INVALID');
  return Number(text.slice(1));
}

async function done<Event>(outcome: Promise<CustomersOutcome<Event>>): Promise<void> {
  const result = await outcome;
  if (!result.ok) throw customerCommandError(result.error);
}

export function customerResolvers({ readModel, commands, now }: CustomerResolverDeps) {
  const { directory } = readModel;
  const country = readModel.phoneCountry;

  const begin = (staff: SignedInStaff, commandId: string) => {
    checkCommandId(commandId);
    return { ...actorsOf(staff), at: now().toISOString(), cid: `customers-${staff.id}-${commandId}` };
  };
  const existing = (id: string): CustomerRecord => {
    const record = isId(id) ? directory.customers.get(id) : undefined;
    if (!record) throw customerError('CUSTOMER_NOT_FOUND');
    return record;
  };
  const organisationOf = (id: string | null | undefined): OrganisationLookup => {
    if (id === null || id === undefined) return null;
    const record = isId(id) ? directory.resolve(id) : undefined;
    return record ? (record.id === id ? record.kind : 'UNKNOWN') : 'UNKNOWN';
  };
  /** Refuses a contact point another customer (not `self`) already has. */
  const checkFree = (emails: readonly string[], phones: readonly string[], self: string) => {
    const others = [
      ...emails.map((email) => directory.byEmail(email)),
      ...phones.map((phone) => directory.byPhone(phone)),
    ];
    if (
      others.some((other) => other !== undefined && other.id !== self && !directory.withMerged(self).includes(other.id))
    )
      throw customerError('CUSTOMER_CONTACT_POINT_TAKEN');
  };
  const details = (input: CustomerDetailsInput): CustomerDetails => ({
    kind: input.kind,
    organisationType: input.organisationType ?? null,
    name: input.name,
    language: input.language,
    preferredContact: input.preferredContact,
    requesterType: input.requesterType?.trim() || null,
    organisationId: input.organisationId ?? null,
  });

  const Query: QueryResolvers = {
    customers(_parent, { query, kind, first, after }, context) {
      requireCustomerStaff(context);
      const size = pageSize(first, 20, CUSTOMER_LIMITS.pageSize);
      const text = query ?? '';
      if (characters(text) > CUSTOMER_LIMITS.queryCharacters) throw customerError('CUSTOMER_QUERY_TOO_LONG');
      const offset = offsetOf(after);
      const hits = readModel.search.search(text, kind ? (record) => record.kind === kind : undefined);
      const page = hits.slice(offset, offset + size);
      return {
        edges: page.map((hit, index) => ({
          cursor: offsetCursor(offset + index + 1),
          node: hit.customer,
          matchedBy: hit.matchedBy,
        })),
        pageInfo: {
          endCursor: page.length > 0 ? offsetCursor(offset + page.length) : null,
          hasNextPage: offset + page.length < hits.length,
        },
        totalCount: hits.length,
      };
    },
    customer(_parent, { id }, context) {
      requireCustomerStaff(context);
      return (isId(id) && directory.customers.get(id)) || null;
    },
    customerByPhone(_parent, { number }, context) {
      requireCustomerStaff(context);
      const phone = normalisePhone(number, country);
      if (!phone) throw customerError('CUSTOMER_PHONE_INVALID');
      return directory.byPhone(phone) ?? null;
    },
    customerExport(_parent, { id }, context) {
      requireCustomerStaff(context);
      return customerExport(readModel, existing(id), now());
    },
  };

  const Mutation: MutationResolvers = {
    async recordCustomer(_parent, { input, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      const customerId = eventIdFor(`customer/${cid}`, 0);
      const emails = input.emails ?? [];
      const phones = input.phones ?? [];
      const normal = normaliseContactPoints(emails, phones, country);
      if (!('code' in normal)) checkFree(normal.emails, normal.phones, customerId);
      const data = details({ ...input, preferredContact: input.preferredContact ?? 'NONE' });
      const organisation = organisationOf(data.organisationId);
      await done(
        commands.customer(
          { type: 'RecordCustomer', data: { ...data, customerId, emails, phones, country, organisation, at, by } },
          cid,
          actor,
        ),
      );
      return existing(customerId);
    },
    async changeCustomer(_parent, { id, input, expectedRevision, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      const record = existing(id);
      if (expectedRevision !== null && expectedRevision !== undefined && expectedRevision !== record.revision)
        throw customerError('CUSTOMER_REVISION_CONFLICT');
      const data = details(input);
      const organisation = organisationOf(data.organisationId);
      await done(
        commands.customer(
          { type: 'ChangeCustomer', data: { ...data, customerId: id, organisation, at, by } },
          cid,
          actor,
        ),
      );
      return existing(id);
    },
    async addContactPoint(_parent, { customerId, kind, value, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      existing(customerId);
      const normal = normaliseContactPoint(kind, value, country);
      if (typeof normal === 'string')
        checkFree(kind === 'EMAIL' ? [normal] : [], kind === 'PHONE' ? [normal] : [], customerId);
      await done(
        commands.customer({ type: 'AddContactPoint', data: { customerId, kind, value, country, at, by } }, cid, actor),
      );
      return existing(customerId);
    },
    async removeContactPoint(_parent, { customerId, kind, value, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      existing(customerId);
      await done(
        commands.customer(
          { type: 'RemoveContactPoint', data: { customerId, kind, value, country, at, by } },
          cid,
          actor,
        ),
      );
      return existing(customerId);
    },
    async mergeCustomers(_parent, { survivorId, duplicateId, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      const survivor = existing(survivorId);
      const duplicate = existing(duplicateId);
      if (survivor.mergedInto !== null) throw customerError('CUSTOMER_MERGED');
      if (directory.withMerged(duplicateId).includes(survivorId)) throw customerError('CUSTOMER_MERGE_INVALID');
      await done(
        commands.customer(
          {
            type: 'MarkMergedInto',
            data: { customerId: duplicateId, survivorId, survivorKind: survivor.kind, at, by },
          },
          `${cid}:duplicate`,
          actor,
        ),
      );
      const contacts = { emails: [...duplicate.emails], phones: [...duplicate.phones] };
      await done(
        commands.customer(
          { type: 'AbsorbDuplicate', data: { customerId: survivorId, duplicateId, duplicate: contacts, at, by } },
          `${cid}:survivor`,
          actor,
        ),
      );
      return existing(survivorId);
    },
  };

  return { Query, Mutation };
}
