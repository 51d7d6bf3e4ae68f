/** `@deskstream/calls-domain`: calls' events, numbers, rules and deciders. Pure. */
export * from './calls-events';
export * from './call-numbers';
