/**
 * Before the fair: its department, its admin and supervisor, and every agent it will have, through
 * identity's own commands (accounts are made by an admin, not by traffic); then, as the admin
 * through GraphQL, the requester types the fair's requesters are counted by and the desk's mail
 * address.
 */
import type { EventStoreDBClient } from '@eventstore/db-client';
import { IdentityCommands, hashPassword } from '@deskstream/identity-api';
import type { FastifyInstance } from 'fastify';
import type { FairApi } from './fair-api';
import { FAIR_MAIL_ADDRESS } from './plan-tickets';
import { FAIR_AGENT_PASSWORD, fairAgent } from './shifts';

export const FAIR_DEPARTMENT = 'book-fair';
export const FAIR_ADMIN = { id: 'fair-admin', username: 'fair.admin', password: 'fair-admin-password' };
export const FAIR_SUPERVISOR = {
  id: 'fair-supervisor',
  username: 'fair.supervisor',
  password: 'fair-supervisor-password',
};
const SETUP = { kind: 'system' as const, id: 'book-fair-setup' };
type Role = 'AGENT' | 'SUPERVISOR' | 'ADMIN';

const REQUESTER_TYPES = [
  { key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'Nhà xuất bản' } },
  { key: 'buyer', name: { fa: 'خریدار', en: 'Buyer', ja: '購入者', vi: 'Người mua' } },
  {
    key: 'secretariat',
    name: { fa: 'دبیرخانه نمایشگاه', en: 'Fair secretariat', ja: '見本市事務局', vi: 'Ban thư ký hội chợ' },
  },
];

export async function setUpFair(
  app: FastifyInstance,
  store: EventStoreDBClient,
  api: FairApi,
  agents: number,
  at: string,
): Promise<{ adminToken: string; supervisorToken: string }> {
  const commands = new IdentityCommands(store, { waitFor: async () => undefined });
  const ok = (outcome: { ok: boolean; error?: { message: string } }, what: string) => {
    if (!outcome.ok) throw new Error(`setting up the fair: ${what}: ${outcome.error?.message}`);
  };
  const name = { fa: 'نمایشگاه کتاب', en: 'Book fair', ja: 'ブックフェア', vi: 'Hội chợ sách' };
  ok(
    await commands.department(
      { type: 'OpenDepartment', data: { departmentId: FAIR_DEPARTMENT, name, at } },
      'fair-department',
      SETUP,
    ),
    'the department',
  );
  const hashes = new Map<string, string>();
  const hashOf = async (password: string) =>
    hashes.get(password) ?? hashes.set(password, await hashPassword(password)).get(password)!;
  const people: { id: string; username: string; displayName: string; roles: Role[]; password: string }[] = [
    { ...FAIR_ADMIN, displayName: 'Fair Admin', roles: ['ADMIN'] },
    { ...FAIR_SUPERVISOR, displayName: 'Fair Supervisor', roles: ['SUPERVISOR'] },
    ...Array.from({ length: agents }, (_, i) => ({
      ...fairAgent(i + 1),
      roles: ['AGENT'] as Role[],
      password: FAIR_AGENT_PASSWORD,
    })),
  ];
  for (const person of people) {
    const data = {
      staffId: person.id,
      username: person.username,
      displayName: person.displayName,
      roles: person.roles,
      at,
    };
    ok(
      await commands.staff(
        { type: 'CreateStaffAccount', data: { ...data, passwordHash: await hashOf(person.password) } },
        `fair-staff-${person.id}`,
        SETUP,
      ),
      person.username,
    );
    ok(
      await commands.staff(
        { type: 'JoinDepartment', data: { staffId: person.id, departmentId: FAIR_DEPARTMENT, at } },
        `fair-join-${person.id}`,
        SETUP,
      ),
      `${person.username} joining`,
    );
  }
  await app.platform.waitUntilCaughtUp();
  const signIn = async (username: string, password: string) =>
    (
      await api.gql<{ signIn: { token: string } }>(
        'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
        { u: username, p: password },
      )
    ).signIn.token;
  const adminToken = await signIn(FAIR_ADMIN.username, FAIR_ADMIN.password);
  const supervisorToken = await signIn(FAIR_SUPERVISOR.username, FAIR_SUPERVISOR.password);
  const settings = await api.gql<{
    ticketSettings: { requesterTypes: { key: string; name: Record<string, string> }[] };
  }>('{ ticketSettings { requesterTypes { key name { fa en ja vi } } } }', {}, adminToken);
  const known = settings.ticketSettings.requesterTypes;
  const types = [...known, ...REQUESTER_TYPES.filter((type) => !known.some((each) => each.key === type.key))];
  await api.gql(
    'mutation ($t: [RequesterTypeInput!]!) { setRequesterTypes(types: $t, commandId: "fair-requester-types") { requesterTypes { key } } }',
    { t: types },
    adminToken,
  );
  await api.gql(
    'mutation ($a: String!, $d: ID!) { setInboundAddresses(addresses: [{ address: $a, departmentId: $d }], defaultDepartmentId: $d, commandId: "fair-inbound-address") { defaultDepartment { id } } }',
    { a: FAIR_MAIL_ADDRESS, d: FAIR_DEPARTMENT },
    adminToken,
  );
  return { adminToken, supervisorToken };
}
