/**
 * The desk's ticket settings (`ticket-settings`), pure: requester types, inbound addresses and the
 * default inbox, each department's custom fields and automatic assignment, business calendars
 * (a known IANA zone, working hours as HH:mm with 24:00 for midnight, holidays) and SLA policies
 * on a calendar that exists. Setting what is already set decides nothing.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import { reject, type TicketsRejection } from './errors';
import { checkEmail, isRejected } from './input-rules';
import { isCalendarDate } from './custom-fields';
import { TICKET_LIMITS } from './limits';
import { minutesOfDay } from './sla/business-time';
import { isTimeZone } from './sla/zoned-time';
import type {
  BusinessCalendar,
  InboundAddress,
  LocalizedName,
  RequesterType,
  SlaPolicy,
  TicketFieldDefinition,
  TicketSettingsEvent,
} from './index';
import type { TicketActor } from './tickets-events';

type Stamp = { at: string; by: TicketActor };
export type TicketSettingsCommand =
  | { type: 'SetRequesterTypes'; data: { types: RequesterType[] } & Stamp }
  | { type: 'SetInboundAddresses'; data: { addresses: InboundAddress[]; defaultDepartmentId: string } & Stamp }
  | { type: 'DefineTicketFields'; data: { departmentId: string; fields: TicketFieldDefinition[] } & Stamp }
  | { type: 'SetAutoAssignment'; data: { departmentId: string; enabled: boolean; capPerAgent: number } & Stamp }
  | { type: 'SetBusinessCalendar'; data: { calendar: BusinessCalendar } & Stamp }
  | { type: 'SetSlaPolicy'; data: { policy: SlaPolicy } & Stamp };

export interface TicketSettingsState {
  /** The last payload of each setting (without who and when), to decide nothing when it is set again. */
  last: Map<string, string>;
  calendars: Set<string>;
}

const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const isName = (name: LocalizedName) =>
  (['fa', 'en', 'ja', 'vi'] as const).every(
    (locale) =>
      typeof name[locale] === 'string' &&
      name[locale].trim().length > 0 &&
      name[locale].length <= TICKET_LIMITS.settingsNameCharacters,
  );

const uniqueKeys = (keys: string[]) => new Set(keys).size === keys.length && keys.every((key) => KEY.test(key));

function checkFields(fields: TicketFieldDefinition[]): TicketFieldDefinition[] | TicketsRejection {
  if (fields.length > 50 || !uniqueKeys(fields.map((field) => field.key))) return reject('TICKET_SETTINGS_INVALID');
  for (const field of fields) {
    if (!isName(field.label)) return reject('TICKET_SETTINGS_INVALID');
    const options = field.options.map((option) => option.trim()).filter(Boolean);
    if (field.kind === 'SELECT' && (options.length === 0 || new Set(options).size !== options.length))
      return reject('TICKET_SETTINGS_INVALID');
    if (options.some((option) => option.length > TICKET_LIMITS.settingsNameCharacters))
      return reject('TICKET_SETTINGS_INVALID');
  }
  return fields.map((field) => ({
    ...field,
    options: field.kind === 'SELECT' ? field.options.map((option) => option.trim()).filter(Boolean) : [],
  }));
}

export function checkCalendar(calendar: BusinessCalendar): BusinessCalendar | TicketsRejection {
  if (!KEY.test(calendar.calendarId) || !calendar.name.trim() || calendar.name.length > 80)
    return reject('TICKET_CALENDAR_INVALID');
  if (!isTimeZone(calendar.timeZone)) return reject('TICKET_CALENDAR_INVALID');
  if (calendar.hours.length > 70 || calendar.holidays.length > 400) return reject('TICKET_CALENDAR_INVALID');
  for (const hours of calendar.hours) {
    const start = minutesOfDay(hours.start);
    const end = minutesOfDay(hours.end);
    if (!Number.isInteger(hours.day) || hours.day < 0 || hours.day > 6) return reject('TICKET_CALENDAR_INVALID');
    if (start === null || end === null || start >= end) return reject('TICKET_CALENDAR_INVALID');
  }
  if (!calendar.holidays.every(isCalendarDate)) return reject('TICKET_CALENDAR_INVALID');
  return { ...calendar, name: calendar.name.trim(), holidays: [...new Set(calendar.holidays)].sort() };
}

const isMinutes = (value: number | null) =>
  value === null || (Number.isInteger(value) && value >= 1 && value <= TICKET_LIMITS.slaMaxMinutes);

function settingKey(command: TicketSettingsCommand): string {
  switch (command.type) {
    case 'DefineTicketFields':
    case 'SetAutoAssignment':
      return `${command.type}/${command.data.departmentId}`;
    case 'SetBusinessCalendar':
      return `${command.type}/${command.data.calendar.calendarId}`;
    case 'SetSlaPolicy':
      return `${command.type}/${command.data.policy.departmentId}/${command.data.policy.priority}`;
    default:
      return command.type;
  }
}

function decide(command: TicketSettingsCommand, state: TicketSettingsState): TicketSettingsEvent[] | TicketsRejection {
  const { at, by } = command.data;
  let event: TicketSettingsEvent;
  switch (command.type) {
    case 'SetRequesterTypes': {
      const { types } = command.data;
      if (types.length === 0 || types.length > 50 || !uniqueKeys(types.map((type) => type.key)))
        return reject('TICKET_SETTINGS_INVALID');
      if (!types.every((type) => isName(type.name))) return reject('TICKET_SETTINGS_INVALID');
      event = { type: 'RequesterTypesConfigured', data: { types, configuredAt: at, by } };
      break;
    }
    case 'SetInboundAddresses': {
      const addresses: InboundAddress[] = [];
      for (const entry of command.data.addresses) {
        const address = checkEmail(entry.address);
        if (isRejected(address) || addresses.some((known) => known.address === address))
          return reject('TICKET_INBOUND_ADDRESS_INVALID');
        addresses.push({ address, departmentId: entry.departmentId });
      }
      const { defaultDepartmentId } = command.data;
      event = { type: 'InboundAddressesConfigured', data: { addresses, defaultDepartmentId, configuredAt: at, by } };
      break;
    }
    case 'DefineTicketFields': {
      const fields = checkFields(command.data.fields);
      if (isRejected(fields)) return fields;
      event = {
        type: 'TicketFieldsDefined',
        data: { departmentId: command.data.departmentId, fields, definedAt: at, by },
      };
      break;
    }
    case 'SetAutoAssignment': {
      const { departmentId, enabled, capPerAgent } = command.data;
      if (!Number.isInteger(capPerAgent) || capPerAgent < 1 || capPerAgent > TICKET_LIMITS.capPerAgentMax)
        return reject('TICKET_AUTO_ASSIGNMENT_INVALID');
      event = { type: 'AutoAssignmentConfigured', data: { departmentId, enabled, capPerAgent, configuredAt: at, by } };
      break;
    }
    case 'SetBusinessCalendar': {
      const calendar = checkCalendar(command.data.calendar);
      if (isRejected(calendar)) return calendar;
      event = { type: 'BusinessCalendarSet', data: { ...calendar, setAt: at, by } };
      break;
    }
    case 'SetSlaPolicy': {
      const { policy } = command.data;
      if (!state.calendars.has(policy.calendarId)) return reject('TICKET_CALENDAR_NOT_FOUND');
      if (![policy.firstResponseMinutes, policy.nextResponseMinutes, policy.resolutionMinutes].every(isMinutes))
        return reject('TICKET_SLA_POLICY_INVALID');
      event = { type: 'SlaPolicySet', data: { ...policy, setAt: at, by } };
      break;
    }
    default:
      return assertNever(command);
  }
  return state.last.get(settingKey(command)) === payloadOf(event) ? [] : [event];
}

/** An event's payload without who and when. */
function payloadOf(event: TicketSettingsEvent): string {
  const data = { ...event.data } as Record<string, unknown>;
  for (const stamp of ['configuredAt', 'definedAt', 'setAt', 'by']) delete data[stamp];
  return JSON.stringify(data);
}

const keyOfEvent = (event: TicketSettingsEvent): string => {
  switch (event.type) {
    case 'RequesterTypesConfigured':
      return 'SetRequesterTypes';
    case 'InboundAddressesConfigured':
      return 'SetInboundAddresses';
    case 'TicketFieldsDefined':
      return `DefineTicketFields/${event.data.departmentId}`;
    case 'AutoAssignmentConfigured':
      return `SetAutoAssignment/${event.data.departmentId}`;
    case 'BusinessCalendarSet':
      return `SetBusinessCalendar/${event.data.calendarId}`;
    case 'SlaPolicySet':
      return `SetSlaPolicy/${event.data.departmentId}/${event.data.priority}`;
    default:
      return assertNever(event);
  }
};

export const ticketSettingsDecider: Decider<
  TicketSettingsCommand,
  TicketSettingsEvent,
  TicketSettingsState,
  TicketsRejection
> = {
  initialState: () => ({ last: new Map(), calendars: new Set() }),
  evolve: (state, event) => {
    const last = new Map(state.last).set(keyOfEvent(event), payloadOf(event));
    const calendars =
      event.type === 'BusinessCalendarSet' ? new Set(state.calendars).add(event.data.calendarId) : state.calendars;
    return { last, calendars };
  },
  decide,
};
