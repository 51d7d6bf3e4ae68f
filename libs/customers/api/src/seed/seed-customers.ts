/**
 * The demo's customers on a first start, after the tickets, chats and calls: the people and
 * organisations behind the demo tickets and calls (a publisher organisation with its people, a
 * bookseller, patrons and researchers in four languages), a duplicate merged into its survivor,
 * and seed 002's product catalogue (Noor's software, each with its warranty card's serial
 * formats) with registrations. Their timelines show the demo tickets and calls already there.
 */
import type {
  CatalogueCommand,
  CustomerActor,
  CustomerCommand,
  CustomersErrorReason,
  RegistrationCommand,
} from '@deskstream/customers-domain';
import type { CustomersReadModel } from '@deskstream/customers-read-models';
import type { Actor } from '@deskstream/domain-kit';
import type { CommandOutcome } from '@deskstream/event-sourcing';
import type { CustomersCommands } from '../commands';
import { DEMO_CUSTOMERS, DEMO_MERGES, DEMO_PRODUCTS, DEMO_REGISTRATIONS } from './demo-customers';

export interface CustomerSeedReport {
  customersRecorded: number;
  customersMerged: number;
  productsDefined: number;
  productsRegistered: number;
}

const BY: CustomerActor = { kind: 'system' };
const ACTOR: Actor = { kind: 'system', id: 'demo-seed' };

function check(outcome: CommandOutcome<unknown, CustomersErrorReason>, what: string): void {
  if (!outcome.ok) throw new Error(`Seeding ${what} failed: ${outcome.error.code}`);
}

export async function seedCustomers(
  commands: CustomersCommands,
  readModel: CustomersReadModel,
  now: () => Date,
): Promise<CustomerSeedReport> {
  const report: CustomerSeedReport = {
    customersRecorded: 0,
    customersMerged: 0,
    productsDefined: 0,
    productsRegistered: 0,
  };
  const { directory } = readModel;
  if (directory.products.size > 0 || directory.customers.size > 0) return report;
  const at = now().toISOString();
  const country = readModel.phoneCountry;

  for (const product of DEMO_PRODUCTS) {
    const define: CatalogueCommand = {
      type: 'DefineProduct',
      data: { productKey: product.key, name: product.name, serialFormats: product.serialFormats, at, by: BY },
    };
    check(await commands.catalogue(define, `demo-product-${product.key}`, ACTOR), product.key);
    for (const version of product.versions) {
      const add: CatalogueCommand = {
        type: 'AddProductVersion',
        data: { productKey: product.key, version: version.version, releasedOn: version.releasedOn, at, by: BY },
      };
      check(await commands.catalogue(add, `demo-product-${product.key}-${version.version}`, ACTOR), product.key);
    }
    report.productsDefined++;
  }

  for (const customer of DEMO_CUSTOMERS) {
    const organisation = customer.organisationId
      ? (directory.customers.get(customer.organisationId)?.kind ?? 'UNKNOWN')
      : null;
    const record: CustomerCommand = {
      type: 'RecordCustomer',
      data: { ...customer, country, organisation, at, by: BY },
    };
    check(await commands.customer(record, `demo-customer-${customer.customerId}`, ACTOR), customer.customerId);
    report.customersRecorded++;
  }

  for (const { survivorId, duplicateId } of DEMO_MERGES) {
    const survivor = directory.customers.get(survivorId)!;
    const duplicate = directory.customers.get(duplicateId)!;
    const merged: CustomerCommand = {
      type: 'MarkMergedInto',
      data: { customerId: duplicateId, survivorId, survivorKind: survivor.kind, at, by: BY },
    };
    check(await commands.customer(merged, `demo-merge-${duplicateId}`, ACTOR), duplicateId);
    const absorbed: CustomerCommand = {
      type: 'AbsorbDuplicate',
      data: {
        customerId: survivorId,
        duplicateId,
        duplicate: { emails: [...duplicate.emails], phones: [...duplicate.phones] },
        at,
        by: BY,
      },
    };
    check(await commands.customer(absorbed, `demo-absorb-${duplicateId}`, ACTOR), survivorId);
    report.customersMerged++;
  }

  for (const registration of DEMO_REGISTRATIONS) {
    const product = directory.products.get(registration.productKey)!;
    const register: RegistrationCommand = {
      type: 'RegisterProduct',
      data: {
        ...registration,
        customerActive: true,
        product: {
          key: product.key,
          versions: product.versions.map((version) => version.version),
          serialFormats: { deviceSerial: product.deviceSerialFormat, activationSerial: product.activationSerialFormat },
        },
        activationSerialTaken: false,
        at: new Date(Date.parse(at) - registration.daysAgo * 86_400_000).toISOString(),
        by: BY,
      },
    };
    check(
      await commands.registration(register, `demo-registration-${registration.registrationId}`, ACTOR),
      registration.registrationId,
    );
    report.productsRegistered++;
  }
  return report;
}
