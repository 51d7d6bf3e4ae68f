/** `@deskstream/calls-read-models`: calls, the callback queue and follow-up lists, folded from calls' events. */
export * from './call-record';
export * from './calls-read-model';
export * from './projections';
export { dayIn } from './zone-day';
