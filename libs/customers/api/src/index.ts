/** `@deskstream/customers-api`: the customers GraphQL module and its Fastify plugin. */
export { CUSTOMER_ROLES } from './access';
export { CustomersCommands } from './commands';
export { CUSTOMER_EXPORT_FORMAT } from './customer-export';
export { customersGraphql, customersTypeDefs, type CustomersModuleOptions } from './plugin';
export { CLOSED_TICKET_STATES, type CustomerTickets, type TicketParent } from './ports';
export { seedCustomers, type CustomerSeedReport } from './seed/seed-customers';
