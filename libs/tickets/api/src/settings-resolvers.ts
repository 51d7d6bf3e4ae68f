/** The desk's ticket settings (admins change them, supervisors read them) and each staff member's saved views. */
import { requireStaff } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers, QueryResolvers, ResolversTypes } from '@deskstream/graphql-types';
import { TICKET_LIMITS, type TicketSettingsCommand } from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import {
  TICKET_ROLES,
  checkCommandId,
  staffActor,
  ticketCommandError,
  ticketError,
  type Context,
} from './ticket-access';
import { listFilterFor } from './ticket-filters';
import { savedViewOf } from './query-resolvers';
import type { TicketCommands } from './ticket-commands';

export interface SettingsDeps {
  readModel: TicketsReadModel;
  commands: TicketCommands;
  now: () => Date;
  /** The SMTP listener's address, when one listens. */
  smtpListener?: () => string | null;
}

type SettingsMutation =
  | 'setRequesterTypes'
  | 'setInboundAddresses'
  | 'defineTicketFields'
  | 'setAutoAssignment'
  | 'setBusinessCalendar'
  | 'setSlaPolicy'
  | 'saveTicketView'
  | 'deleteTicketView';

export function settingsResolvers(deps: SettingsDeps): {
  Query: Pick<QueryResolvers, 'ticketSettings'>;
  Mutation: Pick<MutationResolvers, SettingsMutation>;
} {
  const { readModel, commands, now } = deps;
  const department = (id: string) =>
    readModel.directory.departments.get(id) ?? { id, name: { fa: id, en: id, ja: id, vi: id } };
  const settingsView = (): ResolversTypes['TicketSettings'] => {
    const { settings } = readModel;
    const calendar = (id: string) => {
      const found = settings.calendars.get(id);
      return found
        ? {
            id: found.calendarId,
            name: found.name,
            timeZone: found.timeZone,
            hours: found.hours,
            holidays: found.holidays,
          }
        : { id, name: id, timeZone: 'UTC', hours: [], holidays: [] };
    };
    return {
      requesterTypes: settings.requesterTypes,
      inboundAddresses: settings.inboundAddresses.map((entry) => ({
        address: entry.address,
        department: department(entry.departmentId),
      })),
      defaultDepartment: department(
        settings.defaultDepartmentId ?? [...readModel.directory.departments.keys()][0] ?? '',
      ),
      departments: [...readModel.directory.departments.keys()].map((id) => {
        const own = settings.department(id);
        return {
          department: department(id),
          fields: own.fields,
          autoAssignment: own.autoAssignment,
          capPerAgent: own.capPerAgent,
        };
      }),
      calendars: [...settings.calendars.keys()].map(calendar),
      slaPolicies: [...settings.policies.values()].map((policy) => ({
        department: department(policy.departmentId),
        priority: policy.priority,
        calendar: calendar(policy.calendarId),
        firstResponseMinutes: policy.firstResponseMinutes,
        nextResponseMinutes: policy.nextResponseMinutes,
        resolutionMinutes: policy.resolutionMinutes,
      })),
      smtpListener: deps.smtpListener?.() ?? null,
    };
  };

  const requireDepartment = (id: string) => {
    if (!readModel.directory.departments.has(id)) throw ticketError('TICKET_DEPARTMENT_NOT_FOUND');
  };

  const configure = async (
    context: Context,
    commandId: string,
    command: (stamp: { at: string; by: ReturnType<typeof staffActor> }) => TicketSettingsCommand,
  ) => {
    const staff = requireStaff(context, TICKET_ROLES.editSettings);
    checkCommandId(commandId);
    const actor = staffActor(staff);
    const stamped = command({ at: now().toISOString(), by: actor });
    // One settings stream: the command id is kept per kind of change, so it never stands for another one.
    const outcome = await commands.settings(stamped, `${stamped.type}:${commandId}`, actor);
    if (!outcome.ok) throw ticketCommandError(outcome.error);
    return settingsView();
  };

  return {
    Query: {
      ticketSettings: (_root, _args, context) => {
        requireStaff(context, TICKET_ROLES.readSettings);
        return settingsView();
      },
    },
    Mutation: {
      setRequesterTypes: (_root, args, context) =>
        configure(context, args.commandId, (stamp) => ({
          type: 'SetRequesterTypes',
          data: { types: args.types.map((type) => ({ key: type.key.trim(), name: type.name })), ...stamp },
        })),
      setInboundAddresses: (_root, args, context) =>
        configure(context, args.commandId, (stamp) => {
          requireDepartment(args.defaultDepartmentId);
          args.addresses.forEach((entry) => requireDepartment(entry.departmentId));
          return {
            type: 'SetInboundAddresses',
            data: { addresses: args.addresses, defaultDepartmentId: args.defaultDepartmentId, ...stamp },
          };
        }),
      defineTicketFields: (_root, args, context) =>
        configure(context, args.commandId, (stamp) => {
          requireDepartment(args.departmentId);
          return {
            type: 'DefineTicketFields',
            data: {
              departmentId: args.departmentId,
              fields: args.fields.map((field) => ({
                key: field.key.trim(),
                label: field.label,
                kind: field.kind,
                options: field.options ?? [],
                required: field.required ?? false,
                public: field.public ?? false,
              })),
              ...stamp,
            },
          };
        }),
      setAutoAssignment: (_root, args, context) =>
        configure(context, args.commandId, (stamp) => {
          requireDepartment(args.departmentId);
          return {
            type: 'SetAutoAssignment',
            data: { departmentId: args.departmentId, enabled: args.enabled, capPerAgent: args.capPerAgent, ...stamp },
          };
        }),
      setBusinessCalendar: (_root, { calendar, commandId }, context) =>
        configure(context, commandId, (stamp) => ({
          type: 'SetBusinessCalendar',
          data: {
            calendar: {
              calendarId: calendar.id,
              name: calendar.name,
              timeZone: calendar.timeZone,
              hours: calendar.hours,
              holidays: calendar.holidays ?? [],
            },
            ...stamp,
          },
        })),
      setSlaPolicy: (_root, { policy, commandId }, context) =>
        configure(context, commandId, (stamp) => {
          requireDepartment(policy.departmentId);
          return {
            type: 'SetSlaPolicy',
            data: {
              policy: {
                departmentId: policy.departmentId,
                priority: policy.priority,
                calendarId: policy.calendarId,
                firstResponseMinutes: policy.firstResponseMinutes ?? null,
                nextResponseMinutes: policy.nextResponseMinutes ?? null,
                resolutionMinutes: policy.resolutionMinutes ?? null,
              },
              ...stamp,
            },
          };
        }),
      saveTicketView: async (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        checkCommandId(args.commandId);
        const viewId = args.viewId ?? eventIdFor(`${staff.id}:${args.commandId}:view`, 0);
        const own = readModel.settings.viewsOf(staff.id);
        if (!own.some((view) => view.id === viewId) && own.length >= TICKET_LIMITS.savedViewsPerOwner)
          throw ticketError('TICKET_VIEW_LIMIT');
        const { view } = args;
        const outcome = await commands.view(
          {
            type: 'SaveTicketView',
            data: {
              viewId,
              ownerId: staff.id,
              name: view.name,
              filter: {
                ...(view.statuses ? { statuses: view.statuses } : {}),
                ...(view.priorities ? { priorities: view.priorities } : {}),
                ...(view.channels ? { channels: view.channels } : {}),
                ...(view.departmentIds ? { departmentIds: view.departmentIds } : {}),
                ...(view.assigneeId ? { assigneeId: view.assigneeId } : {}),
                ...(view.unassigned ? { unassigned: true } : {}),
                ...(view.tags ? { tags: view.tags } : {}),
                ...(view.requesterType ? { requesterType: view.requesterType } : {}),
                ...(view.query ? { query: view.query } : {}),
              },
              at: now().toISOString(),
            },
          },
          `${staff.id}:${args.commandId}`,
          staffActor(staff),
        );
        if (!outcome.ok) throw ticketCommandError(outcome.error);
        const saved = readModel.settings.views.get(viewId)!;
        const { filter, query } = listFilterFor({ savedViewId: viewId }, staff, readModel, now());
        return savedViewOf(saved, query ? 0 : readModel.count(filter));
      },
      deleteTicketView: async (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        checkCommandId(args.commandId);
        const outcome = await commands.view(
          { type: 'DeleteTicketView', data: { viewId: args.viewId, ownerId: staff.id, at: now().toISOString() } },
          `${staff.id}:${args.commandId}`,
          staffActor(staff),
        );
        if (!outcome.ok) throw ticketCommandError(outcome.error);
        return true;
      },
    },
  };
}
