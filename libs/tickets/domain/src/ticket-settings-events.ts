/** The desk's ticket settings (`ticket-settings`) and staff's saved views (`ticket-view-<id>`). */
import type {
  LocalizedName,
  TicketActor,
  TicketChannel,
  TicketFieldKind,
  TicketPriority,
  TicketStatus,
} from './tickets-events';

export interface RequesterType {
  key: string;
  name: LocalizedName;
}

export interface InboundAddress {
  /** Lower-case address, e.g. `support@publisher.example`. */
  address: string;
  departmentId: string;
}

export interface TicketFieldDefinition {
  key: string;
  label: LocalizedName;
  kind: TicketFieldKind;
  /** For SELECT: the allowed values. */
  options: string[];
  required: boolean;
  /** Asked on the public contact form too. */
  public: boolean;
}

export interface WorkingHours {
  /** 0 = Sunday … 6 = Saturday, in the calendar's time zone. */
  day: number;
  /** `HH:mm`; `end` may be `24:00`. */
  start: string;
  end: string;
}

export interface BusinessCalendar {
  calendarId: string;
  name: string;
  /** IANA zone, e.g. Asia/Tehran. */
  timeZone: string;
  hours: WorkingHours[];
  /** `YYYY-MM-DD` days off, in the calendar's zone. */
  holidays: string[];
}

export interface SlaPolicy {
  departmentId: string;
  priority: TicketPriority;
  calendarId: string;
  /** Business minutes; null: no target for that metric. */
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

export type RequesterTypesConfigured = {
  type: 'RequesterTypesConfigured';
  data: { types: RequesterType[]; configuredAt: string; by: TicketActor };
};
export type InboundAddressesConfigured = {
  type: 'InboundAddressesConfigured';
  data: { addresses: InboundAddress[]; defaultDepartmentId: string; configuredAt: string; by: TicketActor };
};
export type TicketFieldsDefined = {
  type: 'TicketFieldsDefined';
  data: { departmentId: string; fields: TicketFieldDefinition[]; definedAt: string; by: TicketActor };
};
export type AutoAssignmentConfigured = {
  type: 'AutoAssignmentConfigured';
  data: { departmentId: string; enabled: boolean; capPerAgent: number; configuredAt: string; by: TicketActor };
};
export type BusinessCalendarSet = {
  type: 'BusinessCalendarSet';
  data: BusinessCalendar & { setAt: string; by: TicketActor };
};
export type SlaPolicySet = {
  type: 'SlaPolicySet';
  data: SlaPolicy & { setAt: string; by: TicketActor };
};

export type TicketSettingsEvent =
  | RequesterTypesConfigured
  | InboundAddressesConfigured
  | TicketFieldsDefined
  | AutoAssignmentConfigured
  | BusinessCalendarSet
  | SlaPolicySet;

/** The filter a view saves; the same shape as the `tickets` query's filter. */
export interface TicketViewFilter {
  statuses?: TicketStatus[];
  priorities?: TicketPriority[];
  channels?: TicketChannel[];
  departmentIds?: string[];
  assigneeId?: string | null;
  unassigned?: boolean;
  tags?: string[];
  requesterType?: string;
  query?: string;
}

export type TicketViewSaved = {
  type: 'TicketViewSaved';
  data: { viewId: string; ownerId: string; name: string; filter: TicketViewFilter; savedAt: string };
};
export type TicketViewDeleted = {
  type: 'TicketViewDeleted';
  data: { viewId: string; ownerId: string; deletedAt: string };
};
export type TicketViewEvent = TicketViewSaved | TicketViewDeleted;

export const TICKET_SETTINGS_EVENT_TYPES = [
  'RequesterTypesConfigured',
  'InboundAddressesConfigured',
  'TicketFieldsDefined',
  'AutoAssignmentConfigured',
  'BusinessCalendarSet',
  'SlaPolicySet',
] as const satisfies readonly TicketSettingsEvent['type'][];

export const TICKET_VIEW_EVENT_TYPES = [
  'TicketViewSaved',
  'TicketViewDeleted',
] as const satisfies readonly TicketViewEvent['type'][];
