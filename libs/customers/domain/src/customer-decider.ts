/**
 * A customer record (`customer-<id>`): recorded once, its details changed as a whole, contact
 * points added and removed one by one, merged into another (the duplicate) or absorbing one (the
 * survivor). Pure; the input is checked and normalised here, so a bad value never reaches the store.
 * What needs other records (does the organisation exist, is a contact point another customer's)
 * the api looks up and passes in the command.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import {
  ORGANISATION_TYPES,
  PREFERRED_CONTACTS,
  type ContactPointKind,
  type CustomerActor,
  type CustomerEvent,
  type CustomerKind,
  type CustomerProfile,
} from './customers-events';
import { reject, type CustomersRejection } from './errors';
import { normaliseContactPoint, normaliseContactPoints } from './contact-points';
import { checkName, languageIsValid, requesterTypeIsValid } from './input-rules';
import { CUSTOMER_LIMITS, type PhoneCountry } from './limits';

/** What the api found for `organisationId`: its kind, or UNKNOWN when there is no such customer. */
export type OrganisationLookup = CustomerKind | 'UNKNOWN' | null;

export interface CustomerDetails extends CustomerProfile {
  name: string;
}

export type CustomerCommand =
  | {
      type: 'RecordCustomer';
      data: CustomerDetails & {
        customerId: string;
        emails: string[];
        phones: string[];
        /** The desk's country, for numbers without a country code. */
        country: PhoneCountry;
        organisation: OrganisationLookup;
        at: string;
        by: CustomerActor;
      };
    }
  | {
      type: 'ChangeCustomer';
      data: CustomerDetails & { customerId: string; organisation: OrganisationLookup; at: string; by: CustomerActor };
    }
  | {
      type: 'AddContactPoint' | 'RemoveContactPoint';
      data: {
        customerId: string;
        kind: ContactPointKind;
        value: string;
        country: PhoneCountry;
        at: string;
        by: CustomerActor;
      };
    }
  | {
      type: 'MarkMergedInto';
      data: {
        customerId: string;
        survivorId: string;
        survivorKind: CustomerKind | null;
        at: string;
        by: CustomerActor;
      };
    }
  | {
      type: 'AbsorbDuplicate';
      data: {
        customerId: string;
        duplicateId: string;
        duplicate: { emails: string[]; phones: string[] };
        at: string;
        by: CustomerActor;
      };
    };

export interface CustomerState {
  recorded: boolean;
  kind: CustomerKind | null;
  mergedInto: string | null;
  emails: string[];
  phones: string[];
  preferredContact: CustomerProfile['preferredContact'];
  absorbed: string[];
}

function checkProfile(
  details: CustomerDetails,
  organisation: OrganisationLookup,
  contacts: { emails: string[]; phones: string[] },
  customerId: string,
): CustomersRejection | undefined {
  const nameProblem = checkName(details.name);
  if (nameProblem) return nameProblem;
  if (!languageIsValid(details.language)) return reject('CUSTOMER_LANGUAGE_INVALID');
  if (!PREFERRED_CONTACTS.includes(details.preferredContact)) return reject('CUSTOMER_PREFERRED_CONTACT_INVALID');
  if (details.preferredContact === 'EMAIL' && contacts.emails.length === 0)
    return reject('CUSTOMER_PREFERRED_CONTACT_INVALID');
  if (details.preferredContact === 'PHONE' && contacts.phones.length === 0)
    return reject('CUSTOMER_PREFERRED_CONTACT_INVALID');
  const isOrganisation = details.kind === 'ORGANISATION';
  if (isOrganisation !== (details.organisationType !== null)) return reject('CUSTOMER_ORGANISATION_TYPE_INVALID');
  if (details.organisationType !== null && !ORGANISATION_TYPES.includes(details.organisationType))
    return reject('CUSTOMER_ORGANISATION_TYPE_INVALID');
  if (details.requesterType !== null && !requesterTypeIsValid(details.requesterType))
    return reject('CUSTOMER_REQUESTER_TYPE_INVALID');
  if (details.organisationId !== null) {
    if (organisation === 'UNKNOWN') return reject('CUSTOMER_ORGANISATION_NOT_FOUND');
    if (isOrganisation || organisation !== 'ORGANISATION' || details.organisationId === customerId)
      return reject('CUSTOMER_ORGANISATION_INVALID');
  }
  return undefined;
}

function profileOf(details: CustomerDetails): CustomerProfile {
  return {
    kind: details.kind,
    organisationType: details.organisationType,
    language: details.language,
    preferredContact: details.preferredContact,
    requesterType: details.requesterType,
    organisationId: details.organisationId,
  };
}

const without = (list: string[], value: string) => list.filter((item) => item !== value);
const union = (list: string[], more: string[]) => [...list, ...more.filter((item) => !list.includes(item))];

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState, CustomersRejection> = {
  initialState: () => ({
    recorded: false,
    kind: null,
    mergedInto: null,
    emails: [],
    phones: [],
    preferredContact: 'NONE',
    absorbed: [],
  }),
  evolve(state, event) {
    switch (event.type) {
      case 'CustomerRecorded':
        return {
          ...state,
          recorded: true,
          kind: event.data.kind,
          emails: event.data.personal.emails,
          phones: event.data.personal.phones,
          preferredContact: event.data.preferredContact,
        };
      case 'CustomerDetailsChanged':
        return { ...state, kind: event.data.kind, preferredContact: event.data.preferredContact };
      case 'CustomerContactPointAdded':
        return event.data.kind === 'EMAIL'
          ? { ...state, emails: union(state.emails, [event.data.personal.value]) }
          : { ...state, phones: union(state.phones, [event.data.personal.value]) };
      case 'CustomerContactPointRemoved':
        return event.data.kind === 'EMAIL'
          ? { ...state, emails: without(state.emails, event.data.personal.value) }
          : { ...state, phones: without(state.phones, event.data.personal.value) };
      case 'CustomerMergedInto':
        return { ...state, mergedInto: event.data.survivorId };
      case 'CustomerAbsorbed':
        return {
          ...state,
          emails: union(state.emails, event.data.personal.emails),
          phones: union(state.phones, event.data.personal.phones),
          absorbed: [...state.absorbed, event.data.duplicateId],
        };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    if (command.type === 'RecordCustomer') {
      if (state.recorded) return reject('CUSTOMER_EXISTS');
      const { customerId, emails, phones, country, organisation, at, by, name } = command.data;
      const contacts = normaliseContactPoints(emails, phones, country);
      if ('code' in contacts) return contacts;
      const problem = checkProfile(command.data, organisation, contacts, customerId);
      if (problem) return problem;
      return [
        {
          type: 'CustomerRecorded',
          data: { customerId, ...profileOf(command.data), personal: { name: name.trim(), ...contacts }, at, by },
        },
      ];
    }
    if (!state.recorded) return reject('CUSTOMER_NOT_FOUND');
    if (state.mergedInto !== null) return reject('CUSTOMER_MERGED');
    switch (command.type) {
      case 'ChangeCustomer': {
        const { customerId, organisation, at, by, name } = command.data;
        const problem = checkProfile(command.data, organisation, state, customerId);
        if (problem) return problem;
        return [
          {
            type: 'CustomerDetailsChanged',
            data: { customerId, ...profileOf(command.data), personal: { name: name.trim() }, at, by },
          },
        ];
      }
      case 'AddContactPoint':
      case 'RemoveContactPoint': {
        const { customerId, kind, value, country, at, by } = command.data;
        const normal = normaliseContactPoint(kind, value, country);
        if (typeof normal !== 'string') return normal;
        const current = kind === 'EMAIL' ? state.emails : state.phones;
        if (command.type === 'AddContactPoint') {
          if (current.includes(normal)) return reject('CUSTOMER_CONTACT_POINT_EXISTS');
          const limit = kind === 'EMAIL' ? CUSTOMER_LIMITS.emailsPerCustomer : CUSTOMER_LIMITS.phonesPerCustomer;
          if (current.length >= limit) return reject('CUSTOMER_CONTACT_POINTS_TOO_MANY');
          return [
            { type: 'CustomerContactPointAdded', data: { customerId, kind, personal: { value: normal }, at, by } },
          ];
        }
        if (!current.includes(normal)) return reject('CUSTOMER_CONTACT_POINT_NOT_FOUND');
        if (current.length === 1 && state.preferredContact === kind)
          return reject('CUSTOMER_PREFERRED_CONTACT_INVALID');
        return [
          { type: 'CustomerContactPointRemoved', data: { customerId, kind, personal: { value: normal }, at, by } },
        ];
      }
      case 'MarkMergedInto': {
        const { customerId, survivorId, survivorKind, at, by } = command.data;
        if (survivorKind === null) return reject('CUSTOMER_NOT_FOUND');
        if (survivorId === customerId || survivorKind !== state.kind) return reject('CUSTOMER_MERGE_INVALID');
        return [{ type: 'CustomerMergedInto', data: { customerId, survivorId, at, by } }];
      }
      case 'AbsorbDuplicate': {
        const { customerId, duplicateId, duplicate, at, by } = command.data;
        if (state.absorbed.includes(duplicateId)) return [];
        const emails = duplicate.emails.filter((email) => !state.emails.includes(email));
        const phones = duplicate.phones.filter((phone) => !state.phones.includes(phone));
        return [{ type: 'CustomerAbsorbed', data: { customerId, duplicateId, personal: { emails, phones }, at, by } }];
      }
      default:
        return assertNever(command);
    }
  },
};
