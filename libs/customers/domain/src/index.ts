/** `@deskstream/customers-domain`: customer records, the product catalogue and registrations. Pure. */
export * from './customers-events';
