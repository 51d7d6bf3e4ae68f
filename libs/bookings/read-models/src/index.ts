/** `@deskstream/bookings-read-models`: Book a Librarian's directory, session board, figures and projections. */
export * from './directory';
export * from './figures';
export * from './projections';
export * from './read-model';
export * from './session-board';
