/** `@deskstream/operations-domain`: operations' events, settings decider, limits, input rules and error reasons. Pure. */
export * from './operations-events';
export * from './errors';
export * from './limits';
export * from './input-rules';
export * from './settings-decider';
