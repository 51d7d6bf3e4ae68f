/**
 * The records the customers read models keep and the GraphQL module resolves from: a customer,
 * a product of the catalogue, a registration, and a timeline entry (a reference with a few words
 * and a state, never a copy of the referenced content).
 */
import type { CustomerKind, OrganisationType, PreferredContact } from '@deskstream/customers-domain';

export interface CustomerRecord {
  id: string;
  kind: CustomerKind;
  organisationType: OrganisationType | null;
  name: string;
  /** Lower-cased. */
  emails: string[];
  /** E.164. */
  phones: string[];
  language: string;
  preferredContact: PreferredContact;
  requesterType: string | null;
  organisationId: string | null;
  mergedInto: string | null;
  mergedFrom: string[];
  createdAt: string;
  updatedAt: string;
  /** The stream's revision after its last event (for expected-revision checks). */
  revision: number;
}

export interface ProductVersionRecord {
  version: string;
  releasedOn: string | null;
}

export interface ProductRecord {
  key: string;
  name: string;
  versions: ProductVersionRecord[];
  deviceSerialFormat: string;
  activationSerialFormat: string;
}

export interface RegistrationRecord {
  id: string;
  customerId: string;
  productKey: string;
  version: string | null;
  deviceSerial: string;
  activationSerial: string;
  registeredAt: string;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}

export const TIMELINE_KINDS = [
  'CHAT',
  'OFFLINE_QUESTION',
  'TICKET',
  'CALL',
  'KNOWLEDGE_BASE_QUESTION',
  'BOOKING',
  'REGISTRATION',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  /** `<kind>:<refId>`. */
  id: string;
  kind: TimelineKind;
  refId: string;
  ticketNumber: number | null;
  at: string;
  updatedAt: string;
  summary: string;
  state: string;
  /** The contact point (or customer id, for a registration) it is filed under. */
  via: string;
}
