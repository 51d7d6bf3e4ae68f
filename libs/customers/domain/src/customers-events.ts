/**
 * The customers context's published language: customer records (`customer-<id>`), the product
 * catalogue (`product-catalogue`) and product registrations (`registration-<id>`).
 *
 * Every event keeps the fields that identify a person (name, email addresses, phone numbers) in
 * one `personal` object, so that they can be sealed with the person's own key and shredded when
 * the person asks to be forgotten; everything outside `personal` stays readable.
 */

export const CUSTOMER_KINDS = ['PERSON', 'ORGANISATION'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const ORGANISATION_TYPES = ['PUBLISHER', 'BOOKSELLER', 'PATRON', 'SCHOOL', 'COMPANY'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const PREFERRED_CONTACTS = ['EMAIL', 'PHONE', 'NONE'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];

export const CONTACT_POINT_KINDS = ['EMAIL', 'PHONE'] as const;
export type ContactPointKind = (typeof CONTACT_POINT_KINDS)[number];

export const customerStream = (customerId: string) => `customer-${customerId}`;
export const PRODUCT_CATALOGUE_STREAM = 'product-catalogue';
export const registrationStream = (registrationId: string) => `registration-${registrationId}`;

/** Who did it: a staff member, or the system (the demo seed, an import). */
export type CustomerActor = { kind: 'staff'; id: string; name: string } | { kind: 'system' };

/** A customer's identifying fields: emails lower-cased, phones in E.164 (`+989123456789`). */
export interface CustomerPersonal {
  name: string;
  emails: string[];
  phones: string[];
}

/** The rest of a customer's details, readable without the person's key. */
export interface CustomerProfile {
  kind: CustomerKind;
  /** Only for an organisation. */
  organisationType: OrganisationType | null;
  /** A language code (`fa`, `en`, `ja`, `vi`, …): the language we write to them in. */
  language: string;
  preferredContact: PreferredContact;
  /** A key of the tickets' configured requester types (`student`, `researcher`, …), or null. */
  requesterType: string | null;
  /** A person's organisation (a customer of kind ORGANISATION), or null. */
  organisationId: string | null;
}

export type CustomerRecorded = {
  type: 'CustomerRecorded';
  data: CustomerProfile & { customerId: string; personal: CustomerPersonal; at: string; by: CustomerActor };
};

/** New details as a whole (contact points are changed one by one). */
export type CustomerDetailsChanged = {
  type: 'CustomerDetailsChanged';
  data: CustomerProfile & { customerId: string; personal: { name: string }; at: string; by: CustomerActor };
};

/** `personal.value`: a lower-cased email address or an E.164 phone number. */
export type CustomerContactPointAdded = {
  type: 'CustomerContactPointAdded';
  data: { customerId: string; kind: ContactPointKind; personal: { value: string }; at: string; by: CustomerActor };
};

export type CustomerContactPointRemoved = {
  type: 'CustomerContactPointRemoved';
  data: { customerId: string; kind: ContactPointKind; personal: { value: string }; at: string; by: CustomerActor };
};

/** On the duplicate: it now lives in the survivor; its own history stays in its stream. */
export type CustomerMergedInto = {
  type: 'CustomerMergedInto';
  data: { customerId: string; survivorId: string; at: string; by: CustomerActor };
};

/**
 * On the survivor: it takes the duplicate's contact points (those it did not have yet), so the
 * timeline finds the histories of both.
 */
export type CustomerAbsorbed = {
  type: 'CustomerAbsorbed';
  data: {
    customerId: string;
    duplicateId: string;
    personal: { emails: string[]; phones: string[] };
    at: string;
    by: CustomerActor;
  };
};

export type CustomerEvent =
  | CustomerRecorded
  | CustomerDetailsChanged
  | CustomerContactPointAdded
  | CustomerContactPointRemoved
  | CustomerMergedInto
  | CustomerAbsorbed;

/**
 * A serial format: `#` a digit, `A` a letter A–Z, `*` a letter or a digit, anything else itself
 * (e.g. `NOOR-####-####`). Serials are compared upper-cased, with Persian and Arabic digits read
 * as 0–9.
 */
export interface SerialFormats {
  deviceSerial: string;
  activationSerial: string;
}

export type ProductDefined = {
  type: 'ProductDefined';
  data: {
    /** A short stable key (`jame-feqh`), lower-case letters, digits and dashes. */
    productKey: string;
    name: string;
    serialFormats: SerialFormats;
    at: string;
    by: CustomerActor;
  };
};

export type ProductChanged = {
  type: 'ProductChanged';
  data: { productKey: string; name: string; serialFormats: SerialFormats; at: string; by: CustomerActor };
};

export type ProductVersionAdded = {
  type: 'ProductVersionAdded';
  data: { productKey: string; version: string; releasedOn: string | null; at: string; by: CustomerActor };
};

export type CatalogueEvent = ProductDefined | ProductChanged | ProductVersionAdded;

export type ProductRegistered = {
  type: 'ProductRegistered';
  data: {
    registrationId: string;
    customerId: string;
    productKey: string;
    version: string | null;
    /** Both serials as checked against the product's formats (upper-cased, western digits). */
    deviceSerial: string;
    activationSerial: string;
    at: string;
    by: CustomerActor;
  };
};

export type ProductRegistrationWithdrawn = {
  type: 'ProductRegistrationWithdrawn';
  data: { registrationId: string; customerId: string; reason: string; at: string; by: CustomerActor };
};

export type RegistrationEvent = ProductRegistered | ProductRegistrationWithdrawn;

export type CustomersContextEvent = CustomerEvent | CatalogueEvent | RegistrationEvent;

export const CUSTOMER_EVENT_TYPES = [
  'CustomerRecorded',
  'CustomerDetailsChanged',
  'CustomerContactPointAdded',
  'CustomerContactPointRemoved',
  'CustomerMergedInto',
  'CustomerAbsorbed',
] as const satisfies readonly CustomerEvent['type'][];

export const CATALOGUE_EVENT_TYPES = [
  'ProductDefined',
  'ProductChanged',
  'ProductVersionAdded',
] as const satisfies readonly CatalogueEvent['type'][];

export const REGISTRATION_EVENT_TYPES = [
  'ProductRegistered',
  'ProductRegistrationWithdrawn',
] as const satisfies readonly RegistrationEvent['type'][];

export const CUSTOMERS_EVENT_TYPES = [
  ...CUSTOMER_EVENT_TYPES,
  ...CATALOGUE_EVENT_TYPES,
  ...REGISTRATION_EVENT_TYPES,
] as const satisfies readonly CustomersContextEvent['type'][];
