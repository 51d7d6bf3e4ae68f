/**
 * Customers in the api: the read model and its two projections (the directory, and the timelines
 * folded from every context) join the api's one runner; the GraphQL module registers after tickets
 * and calls, whose types it extends; one port connects it to the tickets read model for a
 * customer's open tickets (only those the staff member may see), so neither context imports the
 * other. The desk's country for national numbers is DESK_PHONE_COUNTRY, as for calls.
 */
import type { FastifyInstance } from 'fastify';
import type { SignedInStaff } from '@deskstream/access';
import {
  customersGraphql,
  seedCustomers,
  type CustomerSeedReport,
  type CustomerTickets,
} from '@deskstream/customers-api';
import {
  CustomersReadModel,
  customerTimelinesProjection,
  customersProjection,
} from '@deskstream/customers-read-models';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import { callsSettingsFrom } from './calls';

export interface CustomersOptions {
  now?: () => Date;
  /** The country of numbers written without a country code (default DESK_PHONE_COUNTRY, as calls; unset: international only). */
  phoneCountry?: string;
}

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor'>;
  tickets: TicketsReadModel;
};

export interface CustomersSlice {
  readModel: CustomersReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
  /** Seeds the demo customers, products and registrations (after the tickets, chats, bookings and calls). */
  seed(app: FastifyInstance, now: () => Date): Promise<CustomerSeedReport>;
}

const seesAll = (staff: SignedInStaff) => staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');

/** The tickets port: the tickets of these ids the staff member may see (agents: their departments'). */
export function customerTickets(tickets: TicketsReadModel): CustomerTickets {
  return {
    visible(staff, ticketIds) {
      return ticketIds
        .map((id) => tickets.byId(id))
        .filter(
          (ticket) => ticket !== undefined && (seesAll(staff) || staff.departmentIds.includes(ticket.departmentId)),
        )
        .map((ticket) => ticket!);
    },
  };
}

export function customers(options: CustomersOptions = {}): CustomersSlice {
  const phoneCountry = options.phoneCountry ?? callsSettingsFrom(process.env).phoneCountry ?? null;
  const readModel = new CustomersReadModel({ phoneCountry });
  return {
    readModel,
    projections: [customersProjection(readModel) as Projection, customerTimelinesProjection(readModel) as Projection],
    async register(app, { store, runner, tickets }) {
      await app.register(customersGraphql, {
        store,
        runner,
        readModel,
        tickets: customerTickets(tickets),
        now: options.now,
      });
    },
    seed(app, now) {
      return seedCustomers(app.customerCommands, readModel, now);
    },
  };
}
