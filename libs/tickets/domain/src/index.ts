/**
 * `@deskstream/tickets-domain`: tickets and email — events, commands, deciders, SLA calendars,
 * mail threading rules, limits, input rules and error reasons. Pure TypeScript.
 */
export * from './tickets-events';
export * from './ticket-settings-events';
export * from './inbound-mail-events';
export type * from './tickets-commands';
export * from './errors';
export * from './limits';
export * from './input-rules';
export * from './custom-fields';
export { ticketDecider, decideTicket, evolveTicket, initialTicketState, type TicketState } from './ticket-decider';
export { ticketNumberDecider, type AllocateTicketNumber, type TicketNumberState } from './ticket-number-decider';
export * from './mail';
export { addBusinessMinutes, businessMinutesBetween, minutesOfDay, type CalendarHours } from './sla/business-time';
export { isTimeZone } from './sla/zoned-time';
export {
  slaTracks,
  targetsAt,
  type SlaMoment,
  type SlaTargetState,
  type SlaTargetTrack,
  type SlaTargetView,
} from './sla/sla-targets';
export {
  checkCalendar,
  ticketSettingsDecider,
  type TicketSettingsCommand,
  type TicketSettingsState,
} from './settings-decider';
export { ticketViewDecider, type TicketViewCommand, type TicketViewState } from './view-decider';
