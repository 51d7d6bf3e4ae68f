/**
 * Fields resolved from the read models: a customer's contact points, organisation, people,
 * merges, timeline, registrations and open tickets; a product's examples and count; a
 * registration's customer and product; and, on other contexts' types, a ticket's customer and
 * registrations and a call's caller.
 */
import { displayPhone, normaliseEmail, normalisePhone, serialExample } from '@deskstream/customers-domain';
import type { CustomerRecord, CustomersReadModel } from '@deskstream/customers-read-models';
import type {
  CallResolvers,
  CustomerResolvers,
  ProductRegistrationResolvers,
  ProductResolvers,
  TicketResolvers,
} from '@deskstream/graphql-types';
import { customerError, pageSize, requireCustomerStaff } from './access';
import { CLOSED_TICKET_STATES, type CustomerTickets, type TicketParent } from './ports';

const TIMELINE_PAGE_MAX = 200;

export function fieldResolvers(readModel: CustomersReadModel, tickets: CustomerTickets) {
  const { directory, timelines } = readModel;
  const country = readModel.phoneCountry;
  const records = (ids: readonly string[]) =>
    ids.map((id) => directory.customers.get(id)).filter((record): record is CustomerRecord => record !== undefined);

  const Customer: CustomerResolvers = {
    contactPoints: (customer) => [
      ...customer.emails.map((value) => ({ kind: 'EMAIL' as const, value, display: value })),
      ...customer.phones.map((value) => ({ kind: 'PHONE' as const, value, display: displayPhone(value) })),
    ],
    organisation: (customer) => (customer.organisationId ? (directory.resolve(customer.organisationId) ?? null) : null),
    members: (customer) => (customer.kind === 'ORGANISATION' ? directory.membersOf(customer.id) : []),
    mergedInto: (customer) => (customer.mergedInto ? (directory.resolve(customer.mergedInto) ?? null) : null),
    mergedFrom: (customer) => records(customer.mergedFrom),
    timeline(customer, { first, after, kinds }) {
      const size = pageSize(first, 50, TIMELINE_PAGE_MAX);
      if (after && after.length > 400) throw customerError('CUSTOMER_PAGE_INVALID');
      const page = timelines.page(customer.id, { first: size, after, kinds });
      return {
        entries: page.entries,
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
        totalCount: page.totalCount,
      };
    },
    registrations: (customer, { includeWithdrawn }) =>
      directory.registrationsFor(customer.id, includeWithdrawn ?? false),
    openTickets(customer, _args, context) {
      const staff = requireCustomerStaff(context);
      return tickets.visible(staff, timelines.ticketIdsOf(customer.id, CLOSED_TICKET_STATES));
    },
  };

  const Product: ProductResolvers = {
    deviceSerialExample: (product) => serialExample(product.deviceSerialFormat),
    activationSerialExample: (product) => serialExample(product.activationSerialFormat),
    registrationCount: (product) => directory.registrationCount(product.key),
  };

  const ProductRegistration: ProductRegistrationResolvers = {
    customer: (registration) =>
      directory.resolve(registration.customerId) ?? directory.customers.get(registration.customerId)!,
    product: (registration) =>
      directory.products.get(registration.productKey) ?? {
        key: registration.productKey,
        name: registration.productKey,
        versions: [],
        deviceSerialFormat: '',
        activationSerialFormat: '',
      },
  };

  /** A ticket's customer: the one it names, else the owner of the requester's email or phone. */
  const customerOfTicket = (ticket: TicketParent) => {
    const requester = ticket.requester;
    if (requester.customerId) {
      const named = directory.resolve(requester.customerId);
      if (named) return named;
    }
    const email = requester.email ? normaliseEmail(requester.email) : undefined;
    const byEmail = email ? directory.byEmail(email) : undefined;
    if (byEmail) return byEmail;
    const phone = requester.phone ? normalisePhone(requester.phone, country) : undefined;
    return (phone ? directory.byPhone(phone) : undefined) ?? null;
  };

  const Ticket: TicketResolvers = {
    customer: (ticket) => customerOfTicket(ticket),
    registrations(ticket) {
      const customer = customerOfTicket(ticket);
      if (!customer) return [];
      const product = ticket.product?.trim().toLowerCase();
      const all = directory.registrationsFor(customer.id, false);
      const matches = (productKey: string) =>
        product !== undefined &&
        (productKey === product || directory.products.get(productKey)?.name.toLowerCase() === product);
      return [...all.filter((item) => matches(item.productKey)), ...all.filter((item) => !matches(item.productKey))];
    },
  };

  const Call: CallResolvers = {
    caller(call) {
      const phone = call.counterpart.e164 ?? normalisePhone(call.counterpart.raw, country);
      return phone ? (directory.byPhone(phone) ?? null) : null;
    },
  };

  return { Customer, Product, ProductRegistration, Ticket, Call };
}
