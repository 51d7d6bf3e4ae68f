import type {
  CustomerFieldsFragment as Customer,
  CustomerHitFieldsFragment as CustomerHit,
  CustomerTimelineEntryFieldsFragment as TimelineEntry,
  ProductFieldsFragment as Product,
  RegistrationFieldsFragment as Registration,
} from '../../generated/graphql';

export const NOOR: Product = {
  key: 'noor',
  name: 'Noor Reader',
  versions: [
    { version: '2.0', releasedOn: '2025-03-01' },
    { version: '3.1', releasedOn: null },
  ],
  deviceSerialFormat: 'NR-####-####',
  activationSerialFormat: 'AAAA-****',
  deviceSerialExample: 'NR-0000-0000',
  activationSerialExample: 'AAAA-XXXX',
  registrationCount: 1,
};

export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: 'reg-1',
    product: { key: NOOR.key, name: NOOR.name },
    version: '2.0',
    deviceSerial: 'NR-1234-5678',
    activationSerial: 'ABCD-12X4',
    registeredAt: '2026-11-02T09:00:00.000Z',
    withdrawnAt: null,
    withdrawnReason: null,
    ...overrides,
  };
}

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'cust-1',
    kind: 'PERSON',
    organisationType: null,
    name: 'Maryam Tehrani',
    contactPoints: [
      { kind: 'EMAIL', value: 'maryam@example.org', display: 'maryam@example.org' },
      { kind: 'PHONE', value: '+989121234567', display: '+98 912 123 4567' },
    ],
    language: 'fa',
    preferredContact: 'PHONE',
    requesterType: null,
    organisation: null,
    members: [],
    mergedInto: null,
    mergedFrom: [],
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    revision: 3,
    registrations: [registration()],
    ...overrides,
  };
}

export function hit(overrides: Partial<CustomerHit> = {}): CustomerHit {
  const { id, kind, organisationType, name, contactPoints, requesterType } = customer();
  return { id, kind, organisationType, name, contactPoints, requesterType, mergedInto: null, ...overrides };
}

export function entry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 'TICKET:t-1',
    kind: 'TICKET',
    refId: 't-1',
    ticketNumber: 42,
    at: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    summary: 'Reader will not start',
    state: 'OPEN',
    via: '+989121234567',
    ...overrides,
  };
}

/** A search answer of these hits. */
export const searchAnswer = (hits: CustomerHit[], hasNextPage = false, matchedBy = 'NAME') => ({
  data: {
    customers: {
      edges: hits.map((node) => ({ matchedBy, node })),
      pageInfo: { endCursor: hasNextPage ? 'next' : null, hasNextPage },
      totalCount: hits.length + (hasNextPage ? 1 : 0),
    },
  },
});

/** A timeline answer of these entries. */
export const timelineAnswer = (id: string, entries: TimelineEntry[], endCursor: string | null = null) => ({
  data: {
    customer: {
      id,
      timeline: { entries, pageInfo: { endCursor, hasNextPage: endCursor !== null }, totalCount: entries.length },
    },
  },
});
