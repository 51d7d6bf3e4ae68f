/**
 * A person's data as one JSON document: their record and contact points, their organisation,
 * the duplicates merged into them, their registrations and every timeline reference (what
 * happened, when, in which state; the content stays in its own context and its own export).
 */
import { displayPhone } from '@deskstream/customers-domain';
import type { CustomerRecord, CustomersReadModel } from '@deskstream/customers-read-models';

export const CUSTOMER_EXPORT_FORMAT = 'deskstream.customer-export/1';

export function customerExport(readModel: CustomersReadModel, customer: CustomerRecord, now: Date) {
  const { directory, timelines } = readModel;
  const recordOf = (record: CustomerRecord) => ({
    id: record.id,
    kind: record.kind,
    organisationType: record.organisationType,
    name: record.name,
    emails: record.emails,
    phones: record.phones.map((phone) => ({ e164: phone, display: displayPhone(phone) })),
    language: record.language,
    preferredContact: record.preferredContact,
    requesterType: record.requesterType,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
  const organisation = customer.organisationId ? directory.customers.get(customer.organisationId) : undefined;
  const document = {
    format: CUSTOMER_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    customer: recordOf(customer),
    mergedInto: customer.mergedInto,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    mergedFrom: directory
      .withMerged(customer.id)
      .slice(1)
      .map((id) => directory.customers.get(id))
      .filter((record): record is CustomerRecord => record !== undefined)
      .map(recordOf),
    registrations: directory.registrationsFor(customer.id, true).map((registration) => ({
      id: registration.id,
      product: directory.products.get(registration.productKey)?.name ?? registration.productKey,
      productKey: registration.productKey,
      version: registration.version,
      deviceSerial: registration.deviceSerial,
      activationSerial: registration.activationSerial,
      registeredAt: registration.registeredAt,
      withdrawnAt: registration.withdrawnAt,
      withdrawnReason: registration.withdrawnReason,
    })),
    timeline: timelines
      .entriesOf(customer.id)
      .map(({ kind, refId, ticketNumber, at, updatedAt, summary, state, via }) => ({
        kind,
        refId,
        ...(ticketNumber === null ? {} : { ticketNumber }),
        at,
        updatedAt,
        summary,
        state,
        via,
      })),
  };
  return {
    fileName: `customer-${customer.id}-${now.toISOString().slice(0, 10)}.json`,
    json: JSON.stringify(document, null, 2),
  };
}
