/** `@deskstream/customers-api`: the customers GraphQL module and its Fastify plugin. */
export {};
