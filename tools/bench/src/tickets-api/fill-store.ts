/**
 * The tickets api benchmark's store: the desk's departments and two staff accounts through
 * identity's own commands, then the generated tickets' events appended straight to their
 * `ticket-<id>` streams (one append of ~6 events per ticket, several at a time), as the ticket
 * commands would have left them; the api that is measured builds its read models from them.
 */
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient } from '@eventstore/db-client';
import { eventIdFor, toEventData } from '@deskstream/event-sourcing';
import { IdentityCommands, hashPassword } from '@deskstream/identity-api';
import { AGENTS, DEPARTMENTS, ticketEvents } from '../tickets/generate-tickets';
import { nowMs, round } from '../stats';

export interface BenchStaff {
  agent: { username: string; password: string; staffId: string; departmentId: string };
  supervisor: { username: string; password: string };
}

const SEEDER = { kind: 'system' as const, id: 'tickets-bench' };
const WRITERS = 16;

async function writeStaff(client: EventStoreDBClient): Promise<BenchStaff> {
  const commands = new IdentityCommands(client, { waitFor: async () => undefined });
  const at = new Date().toISOString();
  const password = `bench-${randomUUID()}`;
  const passwordHash = await hashPassword(password);
  const outcomes = [];
  for (const departmentId of DEPARTMENTS) {
    const name = { en: departmentId, fa: `بخش ${departmentId}`, ja: `${departmentId}部門`, vi: `Khoa ${departmentId}` };
    outcomes.push(
      await commands.department(
        { type: 'OpenDepartment', data: { departmentId, name, at } },
        `bench-department-${departmentId}`,
        SEEDER,
      ),
    );
  }
  // The generator assigns ticket n to AGENTS[n % 40] in DEPARTMENTS[n % 4]: agent 0 works the first department.
  const agentId = AGENTS[0]!;
  const agentDepartment = DEPARTMENTS[0]!;
  const accounts = [
    { staffId: agentId, username: 'bench.agent', roles: ['AGENT' as const], departmentId: agentDepartment },
    { staffId: 'bench-supervisor', username: 'bench.supervisor', roles: ['SUPERVISOR' as const], departmentId: null },
  ];
  for (const account of accounts) {
    outcomes.push(
      await commands.staff(
        {
          type: 'CreateStaffAccount',
          data: {
            staffId: account.staffId,
            username: account.username,
            displayName: account.username,
            roles: account.roles,
            passwordHash,
            at,
          },
        },
        `bench-staff-${account.staffId}`,
        SEEDER,
      ),
    );
    if (account.departmentId)
      outcomes.push(
        await commands.staff(
          { type: 'JoinDepartment', data: { staffId: account.staffId, departmentId: account.departmentId, at } },
          `bench-join-${account.staffId}`,
          SEEDER,
        ),
      );
  }
  for (const outcome of outcomes)
    if (!outcome.ok) throw new Error(`seeding staff failed: ${outcome.error.code} ${outcome.error.message}`);
  return {
    agent: { username: 'bench.agent', password, staffId: agentId, departmentId: agentDepartment },
    supervisor: { username: 'bench.supervisor', password },
  };
}

/** Fills the store at `url`; returns the staff to sign in as and how long the tickets took to write. */
export async function fillStore(url: string, tickets: number) {
  const client = EventStoreDBClient.connectionString(url);
  try {
    const staff = await writeStaff(client);
    const start = Date.UTC(2026, 0, 1);
    const started = nowMs();
    let next = 1;
    let events = 0;
    const writer = async () => {
      while (next <= tickets) {
        const n = next++;
        const commandId = `bench-ticket-${n}`;
        const metadata = { correlationId: commandId, causationId: commandId, actor: SEEDER, schema: 1 };
        const batch = ticketEvents(n, start).map((event, index) =>
          toEventData(event, eventIdFor(commandId, index), metadata),
        );
        await client.appendToStream(`ticket-${event0Id(n)}`, batch);
        events += batch.length;
        if (n % 20_000 === 0) console.log(`  wrote ${n} tickets`);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const seconds = (nowMs() - started) / 1000;
    return {
      staff,
      written: { tickets, events, seconds: round(seconds, 1), eventsPerSecond: Math.round(events / seconds) },
    };
  } finally {
    await client.dispose();
  }
}

/** The generated ticket's id (its stream is `ticket-<id>`). */
const event0Id = (n: number) => `bench-${n}`;
