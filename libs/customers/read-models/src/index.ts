/** `@deskstream/customers-read-models`: the customer directory, catalogue, registrations and timelines. */
export * from './records';
