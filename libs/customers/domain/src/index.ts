/** `@deskstream/customers-domain`: customer records, the product catalogue and registrations. Pure. */
export * from './catalogue-decider';
export * from './contact-points';
export * from './customer-decider';
export * from './customers-events';
export * from './errors';
export * from './input-rules';
export * from './limits';
export * from './registration-decider';
