/**
 * The benchmark's agents: staff accounts written to the store through identity's own commands
 * (as the api's demo seeding writes its staff), each placed in the benchmark's department, then
 * seen by the api's read models before anyone signs in.
 */
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient } from '@eventstore/db-client';
import { IdentityCommands, hashPassword } from '@deskstream/identity-api';

export interface DeskStaffAccount {
  username: string;
  password: string;
}

const SEEDER = { kind: 'system' as const, id: 'chat-bench' };

async function eventsApplied(address: string): Promise<number> {
  const response = await fetch(`${address}/health/ready`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { readModels?: { eventsApplied?: number } };
  return body.readModels?.eventsApplied ?? NaN;
}

/** Creates `count` agents in `departmentId` and waits until the api at `address` knows them. */
export async function createDeskStaff(
  storeUrl: string,
  address: string,
  departmentId: string,
  count: number,
): Promise<DeskStaffAccount[]> {
  const before = await eventsApplied(address);
  const client = EventStoreDBClient.connectionString(storeUrl);
  // The api's runner is the one that must see them; here nothing waits on a read model.
  const commands = new IdentityCommands(client, { waitFor: async () => undefined });
  const password = `bench-${randomUUID()}`;
  const passwordHash = await hashPassword(password);
  const at = () => new Date().toISOString();
  const accounts: DeskStaffAccount[] = [];
  let written = 0;
  try {
    for (let i = 0; i < count; i++) {
      const staffId = randomUUID();
      const username = `bench.agent.${String(i + 1).padStart(3, '0')}.${staffId.slice(0, 8)}`;
      const created = await commands.staff(
        {
          type: 'CreateStaffAccount',
          data: { staffId, username, displayName: `Bench Agent ${i + 1}`, roles: ['AGENT'], passwordHash, at: at() },
        },
        `chat-bench-staff-${staffId}`,
        SEEDER,
      );
      const joined = await commands.staff(
        { type: 'JoinDepartment', data: { staffId, departmentId, at: at() } },
        `chat-bench-join-${staffId}`,
        SEEDER,
      );
      for (const outcome of [created, joined]) {
        if (!outcome.ok) throw new Error(`creating ${username} failed: ${outcome.error.code} ${outcome.error.message}`);
        written += outcome.events.length;
      }
      accounts.push({ username, password });
    }
  } finally {
    await client.dispose();
  }
  for (let waited = 0; (await eventsApplied(address)) < before + written; waited += 50) {
    if (waited > 30_000) throw new Error(`the api did not apply the ${written} staff events within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return accounts;
}
