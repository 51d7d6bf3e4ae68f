/**
 * Whom a satisfaction or product survey can be mailed to, folded from tickets, calls and
 * customers: a ticket's requester (email, language, customer), a call's ticket or the customer
 * whose phone number it was, the customers registered for each product, and when a ticket was
 * solved or a call wrapped up (the conversations a satisfaction survey follows).
 */
import type { CallEvent } from '@deskstream/calls-domain';
import type { CatalogueEvent, CustomerEvent, RegistrationEvent } from '@deskstream/customers-domain';
import { assertNever } from '@deskstream/domain-kit';
import type { TicketOpened, TicketStatusChanged } from '@deskstream/tickets-domain';

export interface SurveyContact {
  email: string;
  language: string;
  customerId: string | null;
}

/** A finished conversation a satisfaction survey may follow. */
export interface FinishedConversation {
  kind: 'TICKET' | 'CALL';
  id: string;
  at: string;
}

interface Customer {
  emails: string[];
  phones: string[];
  language: string;
}

type ContactEvent = TicketOpened | TicketStatusChanged | CallEvent | CustomerEvent | RegistrationEvent | CatalogueEvent;

export class SurveyContacts {
  private readonly tickets = new Map<string, SurveyContact | null>();
  private readonly calls = new Map<string, { phone: string | null; ticketId: string | null }>();
  private readonly customers = new Map<string, Customer>();
  private readonly customerByPhone = new Map<string, string>();
  private readonly registrations = new Map<string, { customerId: string; product: string; version: string | null }>();
  readonly products = new Set<string>();
  /** Tickets solved and calls wrapped up, in the order it happened. */
  readonly finished: FinishedConversation[] = [];

  ticketContact(ticketId: string): SurveyContact | null {
    return this.tickets.get(ticketId) ?? null;
  }

  callContact(callId: string): SurveyContact | null {
    const call = this.calls.get(callId);
    if (!call) return null;
    const viaTicket = call.ticketId ? this.ticketContact(call.ticketId) : null;
    if (viaTicket) return viaTicket;
    const customerId = call.phone ? this.customerByPhone.get(call.phone) : undefined;
    return customerId ? this.customerContact(customerId) : null;
  }

  customerContact(customerId: string): SurveyContact | null {
    const customer = this.customers.get(customerId);
    const email = customer?.emails[0];
    return customer && email ? { email, language: customer.language, customerId } : null;
  }

  /** The customers registered (not withdrawn) for a product (and version), once each, with an email. */
  registeredContacts(product: string, version: string | null): SurveyContact[] {
    const seen = new Set<string>();
    const contacts: SurveyContact[] = [];
    for (const registration of this.registrations.values()) {
      if (registration.product !== product || (version !== null && registration.version !== version)) continue;
      if (seen.has(registration.customerId)) continue;
      seen.add(registration.customerId);
      const contact = this.customerContact(registration.customerId);
      if (contact) contacts.push(contact);
    }
    return contacts.sort((a, b) => a.customerId!.localeCompare(b.customerId!));
  }

  apply(event: ContactEvent): boolean {
    switch (event.type) {
      case 'TicketOpened': {
        const { requester } = event.data;
        this.tickets.set(
          event.data.ticketId,
          requester.email
            ? {
                email: requester.email.toLowerCase(),
                language: requester.language,
                customerId: requester.customerId ?? null,
              }
            : null,
        );
        return false;
      }
      case 'TicketStatusChanged':
        if (event.data.to !== 'SOLVED' || event.data.from === 'SOLVED') return false;
        this.finished.push({ kind: 'TICKET', id: event.data.ticketId, at: event.data.changedAt });
        return true;
      case 'CallRang':
        this.calls.set(event.data.callId, {
          phone: (event.data.direction === 'IN' ? event.data.from : event.data.to).e164,
          ticketId: null,
        });
        return false;
      case 'CallLogged':
        this.calls.set(event.data.callId, { phone: event.data.counterpart.e164, ticketId: null });
        return false;
      case 'CallTicketLinked': {
        const call = this.calls.get(event.data.callId);
        if (call) call.ticketId = event.data.ticketId;
        return false;
      }
      case 'CallWrappedUp':
        this.finished.push({ kind: 'CALL', id: event.data.callId, at: event.data.at });
        return true;
      case 'CallAnswered':
      case 'CallEnded':
      case 'CallTaken':
      case 'CallNoted':
      case 'CallbackQueued':
      case 'CallbackAssigned':
      case 'CallbackAttempted':
      case 'CallbackCompleted':
      case 'CallbackWithdrawn':
        return false;
      default:
        return this.applyCustomers(event);
    }
  }

  private applyCustomers(event: CustomerEvent | RegistrationEvent | CatalogueEvent): boolean {
    switch (event.type) {
      case 'CustomerRecorded': {
        const { emails, phones } = event.data.personal;
        this.customers.set(event.data.customerId, {
          emails: [...emails],
          phones: [...phones],
          language: event.data.language,
        });
        for (const phone of phones) this.customerByPhone.set(phone, event.data.customerId);
        return false;
      }
      case 'CustomerDetailsChanged': {
        const customer = this.customers.get(event.data.customerId);
        if (customer) customer.language = event.data.language;
        return false;
      }
      case 'CustomerContactPointAdded':
      case 'CustomerContactPointRemoved': {
        const customer = this.customers.get(event.data.customerId);
        if (!customer) return false;
        const list = event.data.kind === 'EMAIL' ? customer.emails : customer.phones;
        const value = event.data.personal.value;
        if (event.type === 'CustomerContactPointAdded') {
          if (!list.includes(value)) list.push(value);
          if (event.data.kind === 'PHONE') this.customerByPhone.set(value, event.data.customerId);
        } else {
          list.splice(list.indexOf(value) >>> 0, list.includes(value) ? 1 : 0);
          if (event.data.kind === 'PHONE') this.customerByPhone.delete(value);
        }
        return false;
      }
      case 'CustomerMergedInto':
        this.customers.delete(event.data.customerId);
        return false;
      case 'CustomerAbsorbed': {
        const customer = this.customers.get(event.data.customerId);
        if (!customer) return false;
        for (const email of event.data.personal.emails)
          if (!customer.emails.includes(email)) customer.emails.push(email);
        for (const phone of event.data.personal.phones) this.customerByPhone.set(phone, event.data.customerId);
        return false;
      }
      case 'ProductRegistered':
        this.registrations.set(event.data.registrationId, {
          customerId: event.data.customerId,
          product: event.data.productKey,
          version: event.data.version,
        });
        return false;
      case 'ProductRegistrationWithdrawn':
        this.registrations.delete(event.data.registrationId);
        return false;
      case 'ProductDefined':
        this.products.add(event.data.productKey);
        return false;
      case 'ProductChanged':
      case 'ProductVersionAdded':
        return false;
      default:
        return assertNever(event);
    }
  }
}
