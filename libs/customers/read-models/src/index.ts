/** `@deskstream/customers-read-models`: the customer directory, catalogue, registrations and timelines. */
export * from './customer-directory';
export * from './customer-search';
export * from './customer-timelines';
export * from './projections';
export * from './read-model';
export * from './records';
export * from './timeline-keys';
export { TIMELINE_SOURCE_TYPES, PUBLISHED_SOURCE_TYPES, type TimelineSourceEvent } from './timeline-source-types';
export { shortSummary } from './timeline-sources';
