/** `@deskstream/operations-read-models`: the operations dashboard's figures, folded per hour in the organisation's zone. */
export * from './operations-read-model';
export * from './operations-figures';
export * from './projections';
export type * from './figure-shapes';
export type { OpenHour } from './accumulator';
export type { DashboardBucket, DashboardFigures } from './dashboard';
export { ZoneHours, dayOfHour, firstHourOf } from './zone-hours';
export { BOOKING_REQUESTER_TYPE } from './contact-fold';
export { channelOfTicket } from './ticket-fold';
