/** `@deskstream/bookings-domain`: Book a Librarian's events, rules, free slots, routing and deciders. Pure. */
export * from './bookings-events';
export * from './booking-rules';
export * from './branch-topic-deciders';
export * from './errors';
export * from './expert-day-decider';
export * from './expert-decider';
export * from './free-slots';
export * from './input-rules';
export * from './request-decider';
export * from './routing';
export * from './zone-days';
