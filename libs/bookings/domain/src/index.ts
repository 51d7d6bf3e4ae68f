export * from './bookings-events';
