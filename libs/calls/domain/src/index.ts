/** `@deskstream/calls-domain`: calls' events, numbers, rules and deciders. Pure. */
export * from './calls-events';
export * from './call-numbers';
export * from './call-state';
export * from './cti-decisions';
export * from './call-decider';
export * from './call-list-decider';
export * from './cti-settings-decider';
export * from './errors';
export * from './input-rules';
