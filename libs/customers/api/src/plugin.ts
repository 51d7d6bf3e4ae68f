/**
 * The customers GraphQL module, a Fastify plugin the api registers after Mercurius (and after the
 * tickets and calls modules, whose types it extends): customer records and search, timelines,
 * merging, the JSON export, the product catalogue and registrations, a ticket's customer and a
 * call's caller.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { CustomersReadModel } from '@deskstream/customers-read-models';
import { catalogueResolvers } from './catalogue-resolvers';
import { CustomersCommands } from './commands';
import { customerResolvers } from './customer-resolvers';
import { fieldResolvers } from './field-resolvers';
import type { CustomerTickets } from './ports';

/** This context's SDL: the only copy of its part of the schema. */
export const customersTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface CustomersModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor'>;
  readModel: CustomersReadModel;
  /** The tickets a staff member may see (a customer's open tickets). */
  tickets: CustomerTickets;
  now?: () => Date;
}

async function customersModule(app: FastifyInstance, options: CustomersModuleOptions): Promise<void> {
  const { readModel, runner } = options;
  const now = options.now ?? (() => new Date());
  const commands = new CustomersCommands(options.store, runner);
  const customers = customerResolvers({ readModel, commands, now });
  const catalogue = catalogueResolvers({ readModel, commands, now });

  app.graphql.extendSchema(customersTypeDefs);
  app.graphql.defineResolvers({
    Query: { ...customers.Query, ...catalogue.Query },
    Mutation: { ...customers.Mutation, ...catalogue.Mutation },
    ...fieldResolvers(readModel, options.tickets),
  } as IResolvers);
  app.decorate('customerCommands', commands);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The customers context's commands (the demo seed, tools). */
    customerCommands: CustomersCommands;
  }
}

export const customersGraphql = fp(customersModule, {
  name: 'deskstream-customers',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
