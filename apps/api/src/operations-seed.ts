/**
 * The demo's book fair on a first start (after the other demo data), so the operations dashboard
 * has days worth reading: the plan of `operations-seed-plan.ts` played through each context's own
 * commands — the fair's agents signing in, going online and signing out for their shifts, the
 * PBX's calls (abandoned ones called back and done), calls out logged by hand, tickets from the
 * web form, mail and the secretariat's letters, each answered and solved. Everything is dated in
 * the days before today, so today's lists, queues and counts are as the other demo data left them.
 * Whatever the read models already hold is skipped, so a second start writes nothing.
 */
import { createHash } from 'node:crypto';
import { CallsCommands, ctiCallId } from '@deskstream/calls-api';
import { callNumber, type CallActor, type CallCommand } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import { eventIdFor, type CommandStore, type ProjectionRunner } from '@deskstream/event-sourcing';
import { IdentityCommands, hashPassword } from '@deskstream/identity-api';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import { TicketCommands } from '@deskstream/tickets-api';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import {
  FAIR_AGENTS,
  dayIn,
  planDemoFair,
  type FairCall,
  type FairPlan,
  type FairTicket,
} from './operations-seed-plan';
import { deskSettingsFrom } from './reference-desk';

const SEED = { kind: 'system', id: 'demo-seed' } as const;
const DESK_NUMBER = '+982184000000';
/** The fair's agents sign in with the demo agents' password. */
const FAIR_PASSWORD = 'deskstream-agent';
const FAIR_DEPARTMENT = 'humanities';

export interface OperationsSeedDeps {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitUntilCaughtUp'>;
  identity: IdentityReadModel;
  calls: CallsReadModel;
  tickets: TicketsReadModel;
}

export interface OperationsSeedReport {
  days: string[];
  agentsCreated: number;
  shifts: number;
  calls: number;
  tickets: number;
}

type Outcome = { ok: true } | { ok: false; error: { code: string; message: string } };
const expectOk = (outcome: Outcome, what: string) => {
  if (!outcome.ok) throw new Error(`Seeding the fair's ${what} failed: ${outcome.error.code} ${outcome.error.message}`);
};

/** The fair in the organisation's zone (default: DESK_TIME_ZONE, else UTC), ending yesterday by `now`. */
export async function seedOperationsDemo(
  deps: OperationsSeedDeps,
  timeZone = deskSettingsFrom(process.env).timeZone ?? 'UTC',
  now: () => Date = () => new Date(),
): Promise<OperationsSeedReport> {
  const plan = planDemoFair(dayIn(now().getTime(), timeZone), timeZone);
  // The read models answer for what is there; the commands need not wait for them one by one.
  const progress = { waitFor: async () => undefined };
  const identity = new IdentityCommands(deps.store, progress);
  const report: OperationsSeedReport = { days: plan.days, agentsCreated: 0, shifts: 0, calls: 0, tickets: 0 };
  // The fair is played in order, so its last ticket solved means all of it is there (a start cut short plays it
  // again, and every command's fixed id writes it once).
  const last = plan.tickets.at(-1)!;
  if (deps.tickets.byId(eventIdFor(`seed-${last.key}`, 0))?.status === 'SOLVED') return report;

  const missing = FAIR_AGENTS.filter((agent) => !deps.identity.staff.has(agent.id));
  const passwordHash = missing.length > 0 ? await hashPassword(FAIR_PASSWORD) : '';
  for (const agent of missing) {
    const created = await identity.staff(
      {
        type: 'CreateStaffAccount',
        data: {
          staffId: agent.id,
          username: agent.username,
          displayName: agent.displayName,
          roles: ['AGENT'],
          passwordHash,
          at: plan.shifts[0]!.signedInAt,
        },
      },
      `seed-fair-agent-${agent.id}`,
      SEED,
    );
    expectOk(created, `agent ${agent.username}`);
    report.agentsCreated++;
  }
  report.shifts = await seedShifts(plan, identity);
  report.calls = await seedCalls(plan, new CallsCommands(deps.store, progress), deps.calls);
  report.tickets = await seedTickets(plan, new TicketCommands(deps.store, progress, now), deps.tickets);
  await deps.runner.waitUntilCaughtUp();
  return report;
}

/** Each shift: signed in, online two minutes later, signed out (and so offline) at its end. */
async function seedShifts(plan: FairPlan, identity: IdentityCommands): Promise<number> {
  let written = 0;
  for (const shift of plan.shifts) {
    const { agentId: staffId, key: sessionId } = shift;
    const tokenHash = createHash('sha256').update(`demo-fair:${sessionId}`).digest('hex');
    const expiresAt = new Date(Date.parse(shift.signedInAt) + 12 * 3_600_000).toISOString();
    const steps = [
      { type: 'StartSession', data: { staffId, sessionId, tokenHash, at: shift.signedInAt, expiresAt } },
      { type: 'SetPresence', data: { staffId, sessionId, status: 'ONLINE', at: shift.onlineAt } },
      { type: 'EndSession', data: { staffId, sessionId, at: shift.offlineAt, reason: 'SIGNED_OUT' } },
    ] as const;
    for (const [index, command] of steps.entries())
      expectOk(await identity.staff(command, `seed-${sessionId}-${index}`, SEED), `shift ${sessionId}`);
    written++;
  }
  return written;
}

const later = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

/** Calls in as the PBX reports them (wrapped up with the caller's type when the agent knew it); calls out as logged. */
async function seedCalls(plan: FairPlan, commands: CallsCommands, readModel: CallsReadModel): Promise<number> {
  let written = 0;
  for (const call of plan.calls) {
    const callId = call.source === 'CTI' ? ctiCallId(call.pbxCallId) : call.pbxCallId;
    if (readModel.call(callId)?.endedAt) continue;
    const by: CallActor = { kind: 'staff', id: call.agentId };
    const send = async (command: CallCommand, step: string) =>
      expectOk(await commands.call(command, `seed-${call.pbxCallId}-${step}`, SEED), `call ${call.pbxCallId}`);
    if (call.source === 'MANUAL') {
      await send(
        {
          type: 'LogCall',
          data: {
            callId,
            direction: call.direction,
            counterpart: callNumber(call.number),
            startedAt: call.rangAt,
            durationSeconds: secondsBetween(call.rangAt, call.endedAt),
            outcome: 'ANSWERED',
            topic: call.topic,
            requesterType: call.requesterType,
            notes: null,
            by,
            at: later(call.endedAt, 30),
          },
        },
        'log',
      );
    } else await sendCtiCall(call, callId, by, send);
    written++;
  }
  return written;
}

async function sendCtiCall(
  call: FairCall,
  callId: string,
  by: CallActor,
  send: (command: CallCommand, step: string) => Promise<void>,
): Promise<void> {
  const agentName = FAIR_AGENTS.find((agent) => agent.id === call.agentId)!.displayName;
  const base = {
    callId,
    pbxCallId: call.pbxCallId,
    direction: call.direction,
    from: callNumber(call.number),
    to: callNumber(DESK_NUMBER),
    queue: 'fair-hotline',
    users: [agentName],
    staffIds: [call.agentId],
    answeringStaffId: null,
    answeringNumber: null,
    cause: null,
  };
  await send({ type: 'RecordCtiEvent', data: { ...base, event: 'newCall', at: call.rangAt } }, 'ring');
  if (call.answeredAt)
    await send(
      {
        type: 'RecordCtiEvent',
        data: { ...base, event: 'answer', answeringStaffId: call.agentId, at: call.answeredAt },
      },
      'answer',
    );
  const cause = call.answeredAt ? 'normalClearing' : 'cancel';
  await send({ type: 'RecordCtiEvent', data: { ...base, event: 'hangup', cause, at: call.endedAt } }, 'hangup');
  if (!call.answeredAt)
    // Called back once the queue was quiet, and done.
    await send({ type: 'CompleteCallback', data: { callId, by, at: later(call.endedAt, 1_800) } }, 'called-back');
  else if (call.topic)
    await send(
      {
        type: 'WrapUpCall',
        data: {
          callId,
          topic: call.topic,
          outcome: 'ANSWERED',
          requesterType: call.requesterType,
          by,
          at: later(call.endedAt, 45),
        },
      },
      'wrap-up',
    );
}

/** Tickets from the web form, mail and letters, each answered by an agent and so solved. */
async function seedTickets(plan: FairPlan, commands: TicketCommands, readModel: TicketsReadModel): Promise<number> {
  let written = 0;
  for (const ticket of plan.tickets) {
    const ticketId = eventIdFor(`seed-${ticket.key}`, 0);
    if (readModel.byId(ticketId)?.status === 'SOLVED') continue;
    await openTicket(ticket, ticketId, commands);
    const agent = FAIR_AGENTS.find((each) => each.id === ticket.agentId)!;
    const replied = await commands.reply(
      ticketId,
      {
        messageId: eventIdFor(`seed-${ticket.key}-answer`, 0),
        text: ticket.answer,
        attachments: [],
        mailId: null,
        to: null,
        mail: null,
        status: 'SOLVED',
      },
      `seed-${ticket.key}-answer`,
      { kind: 'STAFF', id: agent.id, name: agent.displayName },
      { at: ticket.answeredAt },
    );
    expectOk(replied, `answer to ${ticket.key}`);
    written++;
  }
  return written;
}

async function openTicket(ticket: FairTicket, ticketId: string, commands: TicketCommands): Promise<void> {
  const { name, email } = ticket.requester;
  const opened = await commands.open(
    {
      ticketId,
      channel: ticket.channel,
      requester: { name, email, phone: null, language: 'en', contactMethod: email ? 'EMAIL' : 'NONE' },
      requesterType: ticket.requesterType,
      departmentId: FAIR_DEPARTMENT,
      subject: ticket.subject,
      priority: 'NORMAL',
      product: null,
      version: null,
      fields: {},
      tags: ['book-fair'],
      origin: null,
      accessTokenHash: null,
      firstMessage: {
        messageId: eventIdFor(`seed-${ticket.key}-message`, 0),
        via: ticket.channel,
        from: { name, address: email },
        text: ticket.text,
        attachments: [],
        mail: null,
      },
    },
    `seed-${ticket.key}`,
    ticket.channel === 'LETTER' ? { kind: 'SYSTEM', name: 'demo-seed' } : { kind: 'REQUESTER', name },
    ticket.openedAt,
  );
  expectOk(opened, `ticket ${ticket.key}`);
}

const secondsBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 1000);
