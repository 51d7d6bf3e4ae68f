/** `@deskstream/bookings-api`: Book a Librarian's GraphQL module and what the api connects to it. */
export { bookingsGraphql, bookingsTypeDefs, type BookingsModuleOptions } from './plugin';
export { BookingsCommands } from './commands';
export { BOOKING_MAIL_PURPOSE, type BookingMail, type BookingMailbox } from './booking-mail';
export { DEFAULT_BOOKING_FLOOD_LIMITS, type BookingFloodLimits } from './flood-guard';
export { seedBookings, type BookingsSeedReport } from './seed/seed-bookings';
