/**
 * The customer directory: every customer record, who owns which contact point (following merges),
 * organisations' people, the product catalogue and registrations with their serials. A pure fold of
 * the customers context's events; lookups are map reads.
 */
import { assertNever } from '@deskstream/domain-kit';
import type {
  CatalogueEvent,
  CustomerEvent,
  RegistrationEvent,
  CustomersContextEvent,
} from '@deskstream/customers-domain';
import { customerKey, emailKey, phoneKey } from './timeline-keys';
import type { CustomerRecord, ProductRecord, RegistrationRecord } from './records';

export class CustomerDirectory {
  readonly customers = new Map<string, CustomerRecord>();
  readonly products = new Map<string, ProductRecord>();
  readonly registrations = new Map<string, RegistrationRecord>();
  /** A contact point key (`e:…`, `p:…`) → the customer that has it now (a survivor after a merge). */
  private readonly owners = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();
  private readonly registrationsOf = new Map<string, string[]>();
  /** A serial (device or activation) → registration ids. */
  private readonly serials = new Map<string, string[]>();
  private readonly inForce = new Map<string, number>();
  private readonly listeners: ((customer: CustomerRecord) => void)[] = [];

  /** Called with each customer record after it changes (the name index listens). */
  onCustomerChanged(listener: (customer: CustomerRecord) => void): void {
    this.listeners.push(listener);
  }

  apply(event: CustomersContextEvent, revision = 0): boolean {
    switch (event.type) {
      case 'ProductDefined':
      case 'ProductChanged':
      case 'ProductVersionAdded':
        return this.applyCatalogue(event);
      case 'ProductRegistered':
      case 'ProductRegistrationWithdrawn':
        return this.applyRegistration(event);
      default:
        return this.applyCustomer(event, revision);
    }
  }

  private applyCustomer(event: CustomerEvent, revision: number): boolean {
    const data = event.data;
    if (event.type === 'CustomerRecorded') {
      const record: CustomerRecord = {
        id: data.customerId,
        kind: event.data.kind,
        organisationType: event.data.organisationType,
        name: event.data.personal.name,
        emails: [...event.data.personal.emails],
        phones: [...event.data.personal.phones],
        language: event.data.language,
        preferredContact: event.data.preferredContact,
        requesterType: event.data.requesterType,
        organisationId: event.data.organisationId,
        mergedInto: null,
        mergedFrom: [],
        createdAt: data.at,
        updatedAt: data.at,
        revision,
      };
      this.customers.set(record.id, record);
      for (const email of record.emails) this.owners.set(emailKey(email), record.id);
      for (const phone of record.phones) this.owners.set(phoneKey(phone), record.id);
      this.join(record.id, null, record.organisationId);
      this.changed(record);
      return true;
    }
    const record = this.customers.get(data.customerId);
    if (!record) return false;
    record.updatedAt = data.at;
    record.revision = revision;
    switch (event.type) {
      case 'CustomerDetailsChanged': {
        const before = record.organisationId;
        Object.assign(record, {
          kind: event.data.kind,
          organisationType: event.data.organisationType,
          name: event.data.personal.name,
          language: event.data.language,
          preferredContact: event.data.preferredContact,
          requesterType: event.data.requesterType,
          organisationId: event.data.organisationId,
        });
        this.join(record.id, before, record.organisationId);
        break;
      }
      case 'CustomerContactPointAdded':
      case 'CustomerContactPointRemoved': {
        const value = event.data.personal.value;
        const key = event.data.kind === 'EMAIL' ? emailKey(value) : phoneKey(value);
        const list = event.data.kind === 'EMAIL' ? record.emails : record.phones;
        if (event.type === 'CustomerContactPointAdded') {
          if (!list.includes(value)) list.push(value);
          this.owners.set(key, record.id);
        } else {
          const index = list.indexOf(value);
          if (index >= 0) list.splice(index, 1);
          if (this.owners.get(key) === record.id) this.owners.delete(key);
        }
        break;
      }
      case 'CustomerMergedInto':
        record.mergedInto = event.data.survivorId;
        for (const key of this.contactKeys(record))
          if (this.owners.get(key) === record.id) this.owners.set(key, event.data.survivorId);
        break;
      case 'CustomerAbsorbed':
        if (!record.mergedFrom.includes(event.data.duplicateId)) record.mergedFrom.push(event.data.duplicateId);
        for (const email of event.data.personal.emails) {
          if (!record.emails.includes(email)) record.emails.push(email);
          this.owners.set(emailKey(email), record.id);
        }
        for (const phone of event.data.personal.phones) {
          if (!record.phones.includes(phone)) record.phones.push(phone);
          this.owners.set(phoneKey(phone), record.id);
        }
        break;
      default:
        return assertNever(event);
    }
    this.changed(record);
    return true;
  }

  private applyCatalogue(event: CatalogueEvent): boolean {
    const data = event.data;
    switch (event.type) {
      case 'ProductDefined':
      case 'ProductChanged': {
        const existing = this.products.get(data.productKey);
        this.products.set(data.productKey, {
          key: data.productKey,
          name: event.data.name,
          versions: existing?.versions ?? [],
          deviceSerialFormat: event.data.serialFormats.deviceSerial,
          activationSerialFormat: event.data.serialFormats.activationSerial,
        });
        return true;
      }
      case 'ProductVersionAdded': {
        const product = this.products.get(data.productKey);
        if (!product) return false;
        product.versions = [...product.versions, { version: event.data.version, releasedOn: event.data.releasedOn }];
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  private applyRegistration(event: RegistrationEvent): boolean {
    switch (event.type) {
      case 'ProductRegistered': {
        const { registrationId, customerId, productKey, version, deviceSerial, activationSerial, at } = event.data;
        this.registrations.set(registrationId, {
          id: registrationId,
          customerId,
          productKey,
          version,
          deviceSerial,
          activationSerial,
          registeredAt: at,
          withdrawnAt: null,
          withdrawnReason: null,
        });
        this.inForce.set(productKey, (this.inForce.get(productKey) ?? 0) + 1);
        this.registrationsOf.set(customerId, [...(this.registrationsOf.get(customerId) ?? []), registrationId]);
        for (const serial of new Set([deviceSerial, activationSerial]))
          this.serials.set(serial, [...(this.serials.get(serial) ?? []), registrationId]);
        return true;
      }
      case 'ProductRegistrationWithdrawn': {
        const registration = this.registrations.get(event.data.registrationId);
        if (!registration || registration.withdrawnAt !== null) return false;
        this.inForce.set(registration.productKey, (this.inForce.get(registration.productKey) ?? 1) - 1);
        registration.withdrawnAt = event.data.at;
        registration.withdrawnReason = event.data.reason;
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  private join(customerId: string, before: string | null, after: string | null): void {
    if (before === after) return;
    if (before) this.members.get(before)?.delete(customerId);
    if (after) {
      const set = this.members.get(after) ?? new Set<string>();
      set.add(customerId);
      this.members.set(after, set);
    }
  }

  private changed(record: CustomerRecord): void {
    for (const listener of this.listeners) listener(record);
  }

  private contactKeys(record: CustomerRecord): string[] {
    return [...record.emails.map(emailKey), ...record.phones.map(phoneKey)];
  }

  /** The customer a record now lives in: itself, or the survivor of its merges. */
  resolve(customerId: string): CustomerRecord | undefined {
    let record = this.customers.get(customerId);
    for (let hops = 0; record?.mergedInto && hops < 20; hops += 1) record = this.customers.get(record.mergedInto);
    return record;
  }

  /** The customer (following merges) that has this lower-cased email address. */
  byEmail(email: string): CustomerRecord | undefined {
    const id = this.owners.get(emailKey(email));
    return id === undefined ? undefined : this.resolve(id);
  }

  /** The customer (following merges) that has this E.164 number. */
  byPhone(phone: string): CustomerRecord | undefined {
    const id = this.owners.get(phoneKey(phone));
    return id === undefined ? undefined : this.resolve(id);
  }

  /** An organisation's people (not merged away). */
  membersOf(organisationId: string): CustomerRecord[] {
    return [...(this.members.get(organisationId) ?? [])]
      .map((id) => this.customers.get(id))
      .filter((record): record is CustomerRecord => record !== undefined && record.mergedInto === null);
  }

  /** A customer's registrations and those of duplicates merged into it, newest first. */
  registrationsFor(customerId: string, includeWithdrawn: boolean): RegistrationRecord[] {
    const ids = this.withMerged(customerId).flatMap((id) => this.registrationsOf.get(id) ?? []);
    return ids
      .map((id) => this.registrations.get(id)!)
      .filter((registration) => includeWithdrawn || registration.withdrawnAt === null)
      .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
  }

  /** Registrations (in force first) with this device or activation serial. */
  registrationsBySerial(serial: string): RegistrationRecord[] {
    return (this.serials.get(serial) ?? [])
      .map((id) => this.registrations.get(id)!)
      .sort((a, b) => Number(a.withdrawnAt !== null) - Number(b.withdrawnAt !== null));
  }

  /** Whether an activation serial of this product is registered and in force. */
  activationSerialInForce(productKey: string, serial: string): boolean {
    return this.registrationsBySerial(serial).some(
      (registration) =>
        registration.productKey === productKey &&
        registration.activationSerial === serial &&
        registration.withdrawnAt === null,
    );
  }

  /** Registrations in force of a product. */
  registrationCount(productKey: string): number {
    return this.inForce.get(productKey) ?? 0;
  }

  /** The customer and every duplicate merged into it (and theirs), the customer first. */
  withMerged(customerId: string): string[] {
    const ids = [customerId];
    for (let index = 0; index < ids.length && ids.length < 1_000; index += 1)
      for (const duplicate of this.customers.get(ids[index]!)?.mergedFrom ?? [])
        if (!ids.includes(duplicate)) ids.push(duplicate);
    return ids;
  }

  /** The timeline keys of a customer: its contact points, and its and its merged duplicates' ids. */
  timelineKeys(customerId: string): string[] {
    const ids = this.withMerged(customerId);
    const keys = new Set<string>(ids.map(customerKey));
    for (const id of ids) {
      const record = this.customers.get(id);
      if (record) for (const key of this.contactKeys(record)) keys.add(key);
    }
    return [...keys];
  }
}
