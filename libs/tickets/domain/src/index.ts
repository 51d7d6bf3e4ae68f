/**
 * `@deskstream/tickets-domain`: tickets and email — events, commands, deciders, SLA calendars,
 * mail threading rules, limits, input rules and error reasons. Pure TypeScript.
 */
export * from './tickets-events';
export * from './ticket-settings-events';
export * from './inbound-mail-events';
export type * from './tickets-commands';
