/** The desk's ticket settings as configured (`ticket-settings`), and staff's saved views. */
import { assertNever } from '@deskstream/domain-kit';
import { keptState, keptValue } from '@deskstream/event-sourcing';
import type {
  BusinessCalendar,
  InboundAddress,
  RequesterType,
  SlaPolicy,
  TicketFieldDefinition,
  TicketSettingsEvent,
  TicketViewEvent,
  TicketViewFilter,
  TicketPriority,
} from '@deskstream/tickets-domain';

export interface DepartmentSettings {
  fields: TicketFieldDefinition[];
  autoAssignment: boolean;
  capPerAgent: number;
}

export interface SavedViewRecord {
  id: string;
  ownerId: string;
  name: string;
  filter: TicketViewFilter;
  savedAt: string;
}

export const DEFAULT_CAP_PER_AGENT = 20;

export class TicketSettingsModel {
  requesterTypes: RequesterType[] = [];
  inboundAddresses: InboundAddress[] = [];
  defaultDepartmentId: string | null = null;
  readonly departments = new Map<string, DepartmentSettings>();
  readonly calendars = new Map<string, BusinessCalendar>();
  /** By `<departmentId>/<priority>`. */
  readonly policies = new Map<string, SlaPolicy>();
  readonly views = new Map<string, SavedViewRecord>();
  /** Grows with every change of calendars or policies: SLA figures computed before are stale. */
  slaVersion = 0;
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({
    requesterTypes: keptValue(
      () => this.requesterTypes,
      (value) => (this.requesterTypes = value),
    ),
    inboundAddresses: keptValue(
      () => this.inboundAddresses,
      (value) => (this.inboundAddresses = value),
    ),
    defaultDepartmentId: keptValue(
      () => this.defaultDepartmentId,
      (value) => (this.defaultDepartmentId = value),
      (value) => value === null || typeof value === 'string',
    ),
    departments: this.departments,
    calendars: this.calendars,
    policies: this.policies,
    views: this.views,
    slaVersion: keptValue(
      () => this.slaVersion,
      (value) => (this.slaVersion = value),
    ),
  });

  department(departmentId: string): DepartmentSettings {
    return (
      this.departments.get(departmentId) ?? { fields: [], autoAssignment: false, capPerAgent: DEFAULT_CAP_PER_AGENT }
    );
  }

  policy(departmentId: string, priority: TicketPriority): SlaPolicy | undefined {
    return this.policies.get(`${departmentId}/${priority}`);
  }

  /** The department an inbound address maps to, else the default inbox's. */
  departmentForAddress(address: string): string | null {
    const lower = address.trim().toLowerCase();
    return this.inboundAddresses.find((entry) => entry.address === lower)?.departmentId ?? this.defaultDepartmentId;
  }

  viewsOf(ownerId: string): SavedViewRecord[] {
    return [...this.views.values()]
      .filter((view) => view.ownerId === ownerId)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  apply(event: TicketSettingsEvent): void {
    switch (event.type) {
      case 'RequesterTypesConfigured':
        this.requesterTypes = event.data.types;
        return;
      case 'InboundAddressesConfigured':
        this.inboundAddresses = event.data.addresses;
        this.defaultDepartmentId = event.data.defaultDepartmentId;
        return;
      case 'TicketFieldsDefined':
        this.departments.set(event.data.departmentId, {
          ...this.department(event.data.departmentId),
          fields: event.data.fields,
        });
        return;
      case 'AutoAssignmentConfigured':
        this.departments.set(event.data.departmentId, {
          ...this.department(event.data.departmentId),
          autoAssignment: event.data.enabled,
          capPerAgent: event.data.capPerAgent,
        });
        return;
      case 'BusinessCalendarSet': {
        const { setAt: _setAt, by: _by, ...calendar } = event.data;
        this.calendars.set(calendar.calendarId, calendar);
        this.slaVersion++;
        return;
      }
      case 'SlaPolicySet': {
        const { setAt: _setAt, by: _by, ...policy } = event.data;
        this.policies.set(`${policy.departmentId}/${policy.priority}`, policy);
        this.slaVersion++;
        return;
      }
      default:
        return assertNever(event);
    }
  }

  applyView(event: TicketViewEvent): void {
    switch (event.type) {
      case 'TicketViewSaved':
        this.views.set(event.data.viewId, { id: event.data.viewId, ...event.data });
        return;
      case 'TicketViewDeleted':
        this.views.delete(event.data.viewId);
        return;
      default:
        return assertNever(event);
    }
  }
}
