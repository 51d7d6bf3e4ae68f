/**
 * Calls in the api: the read model and its projection join the api's one runner, the GraphQL
 * module and the PBX's webhook register after Mercurius and after tickets, and two ports connect
 * calls to the rest without either context importing the other: the staff (names, and the PBX's
 * `user[]` names matched to staff by display name or username) and the tickets' commands, through
 * which wrap-up opens a phone ticket or attaches the call to one as a note.
 */
import type { FastifyInstance } from 'fastify';
import { accessError, commandError, userError, type SignedInStaff } from '@deskstream/access';
import { isPhoneCountry } from '@deskstream/calls-domain';
import {
  callsGraphql,
  isCtiToken,
  seedCalls,
  type CallForTicket,
  type CallSeedReport,
  type CallStaff,
  type CallTickets,
  type CallsModuleOptions,
} from '@deskstream/calls-api';
import { CallsReadModel, callsProjection } from '@deskstream/calls-read-models';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import { TICKETS_ERRORS, TICKET_LIMITS, type TicketActor } from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';

export interface CallsOptions extends Partial<
  Pick<CallsModuleOptions, 'now' | 'ctiToken' | 'phoneCountry' | 'publicOrigin'>
> {
  /** The organisation's time zone, in which the Calls page's days count (DESK_TIME_ZONE). */
  timeZone?: string;
}

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  identity: IdentityReadModel;
  tickets: TicketsReadModel;
};

export interface CallsSlice {
  readModel: CallsReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
  /** Seeds the demo calls (after the staff and the tickets). */
  seed(app: FastifyInstance, now: () => Date): Promise<CallSeedReport>;
}

const key = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** How long a matching of PBX names to staff is kept before it is made again (a renamed member). */
const STAFF_INDEX_MS = 30_000;

/** The staff port: names by id, and a PBX name matched to the staff member with that display name or username. */
export function callStaff(identity: IdentityReadModel, now: () => number = Date.now): CallStaff {
  let index = new Map<string, string>();
  let builtAt = -Infinity;
  let builtFor = -1;
  const staffIndex = () => {
    if (builtFor !== identity.staff.size || now() - builtAt > STAFF_INDEX_MS) {
      index = new Map();
      // A username wins over another member's equal display name.
      for (const member of identity.staff.values())
        if (!index.has(key(member.displayName))) index.set(key(member.displayName), member.id);
      for (const member of identity.staff.values()) index.set(key(member.username), member.id);
      builtAt = now();
      builtFor = identity.staff.size;
    }
    return index;
  };
  return {
    nameOf: (staffId) => identity.staff.get(staffId)?.displayName,
    match: (pbxName) => (key(pbxName) === '' ? null : (staffIndex().get(key(pbxName)) ?? null)),
  };
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;

const ticketActor = (staff: SignedInStaff): TicketActor => ({ kind: 'STAFF', id: staff.id, name: staff.displayName });
const seesAll = (staff: SignedInStaff) => staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');
const ticketError = (reason: keyof typeof TICKETS_ERRORS.entries) => userError(TICKETS_ERRORS, reason);

/** The call as the ticket shows it: a line of what it was, the topic and the notes. */
function summaryOf(call: CallForTicket): string {
  const minutes = call.durationSeconds ? ` (${Math.max(1, Math.round(call.durationSeconds / 60))} min)` : '';
  const who = call.counterpart.e164 ?? call.counterpart.raw;
  const lines = [
    `${call.direction === 'IN' ? 'Call from' : 'Call to'} ${who} at ${call.startedAt}${minutes}: ${call.outcome.toLowerCase()}.`,
    `Topic: ${call.topic}`,
    ...call.notes,
  ];
  return [...lines.join('\n\n')].slice(0, TICKET_LIMITS.textCharacters).join('');
}

/** The tickets port: wrap-up opens a phone ticket or notes the call on a ticket, through the tickets' own commands. */
export function callTickets(app: FastifyInstance, tickets: TicketsReadModel): CallTickets {
  return {
    async open(staff, call, input, commandId) {
      const departmentId = input.departmentId;
      if (!tickets.directory.departments.has(departmentId)) throw ticketError('TICKET_DEPARTMENT_NOT_FOUND');
      if (!seesAll(staff) && !staff.departmentIds.includes(departmentId))
        throw accessError('ACCESS_DEPARTMENT_REQUIRED');
      const types = tickets.settings.requesterTypes;
      const requesterType = input.requesterType ?? types[0]?.key ?? 'customer';
      if (types.length > 0 && !types.some((type) => type.key === requesterType))
        throw ticketError('TICKET_REQUESTER_TYPE_INVALID');
      const phone = call.counterpart.e164;
      const name = input.requesterName?.trim() || phone || call.counterpart.raw || '—';
      const email = input.requesterEmail?.trim() || null;
      const text = summaryOf(call);
      const ticketId = eventIdFor(`${commandId}:ticket`, 0);
      const outcome = await app.ticketCommands.open(
        {
          ticketId,
          channel: 'PHONE',
          requester: {
            name,
            email,
            phone,
            language: 'en',
            contactMethod: phone ? 'PHONE' : email ? 'EMAIL' : 'NONE',
          },
          requesterType,
          departmentId,
          subject: input.subject,
          priority: input.priority ?? 'NORMAL',
          product: null,
          version: null,
          fields: {},
          tags: [],
          origin: null,
          accessTokenHash: null,
          firstMessage: {
            messageId: eventIdFor(`${commandId}:message`, 0),
            via: 'PHONE',
            from: { name, address: email },
            text,
            attachments: [],
            mail: null,
          },
        },
        commandId,
        ticketActor(staff),
      );
      if (!outcome.ok) throw commandError(TICKETS_ERRORS, outcome.error);
      if (input.assigneeId) {
        const agent = tickets.directory.staff.get(input.assigneeId);
        if (!agent || !agent.departmentIds.has(departmentId)) throw ticketError('TICKET_AGENT_NOT_FOUND');
        const assigned = await app.ticketCommands.run(
          ticketId,
          { type: 'Assign', data: { departmentId, agentId: agent.id, agentName: agent.name, automatic: false } },
          `${commandId}:assign`,
          ticketActor(staff),
        );
        if (!assigned.ok) throw commandError(TICKETS_ERRORS, assigned.error);
      }
      return ticketId;
    },
    async attach(staff, call, ticketId, commandId) {
      const ticket = tickets.byId(ticketId);
      if (!ticket) throw ticketError('TICKET_NOT_FOUND');
      if (!seesAll(staff) && !staff.departmentIds.includes(ticket.departmentId))
        throw accessError('ACCESS_DEPARTMENT_REQUIRED');
      const noteId = eventIdFor(`${commandId}:note`, 0);
      const outcome = await app.ticketCommands.addNote(
        ticket.id,
        { noteId, text: summaryOf(call), mentions: [] },
        commandId,
        ticketActor(staff),
      );
      if (!outcome.ok) throw commandError(TICKETS_ERRORS, outcome.error);
      return ticket.id;
    },
    ref(ticketId) {
      const ticket = tickets.byId(ticketId);
      return ticket ? { id: ticket.id, number: ticket.number, subject: ticket.subject, status: ticket.status } : null;
    },
  };
}

export function calls(options: CallsOptions = {}): CallsSlice {
  const { timeZone, ...given } = options;
  const moduleOptions = { ...callsSettingsFrom(process.env), ...definedOnly(given) };
  const readModel = new CallsReadModel({ timeZone });
  let staff: CallStaff | undefined;
  return {
    readModel,
    projections: [callsProjection(readModel) as Projection],
    async register(app, { store, runner, identity, tickets }) {
      staff = callStaff(identity);
      await app.register(callsGraphql, {
        store,
        runner,
        readModel,
        staff,
        tickets: callTickets(app, tickets),
        ...moduleOptions,
      });
    },
    seed(app, now) {
      if (!staff) return Promise.reject(new Error('Calls are seeded after they are registered.'));
      return seedCalls(app.callCommands, readModel, staff, now);
    },
  };
}

/** Calls' settings from the environment, checked: a wrong value stops the start with a clear message. */
export function callsSettingsFrom(env: NodeJS.ProcessEnv): Pick<CallsOptions, 'ctiToken' | 'phoneCountry'> {
  const ctiToken = env.CTI_TOKEN?.trim() || undefined;
  if (ctiToken !== undefined && !isCtiToken(ctiToken))
    throw new Error('CTI_TOKEN must be 16 to 128 characters of A-Z, a-z, 0-9, - and _ (unset: one is generated)');
  const phoneCountry = env.DESK_PHONE_COUNTRY?.trim().toUpperCase() || undefined;
  if (phoneCountry !== undefined && !isPhoneCountry(phoneCountry))
    throw new Error(`DESK_PHONE_COUNTRY must be a country code such as DE or IR (got "${env.DESK_PHONE_COUNTRY}")`);
  return { ctiToken, phoneCountry };
}
