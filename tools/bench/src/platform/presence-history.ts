/**
 * A realistic identity history to replay: departments opened, agents created and placed in
 * departments, then shift after shift of sessions, going online and offline, as identity's
 * own events with the metadata every event carries.
 */
import { randomUUID, createHash } from 'node:crypto';
import { jsonEvent, type EventData } from '@eventstore/db-client';

const DEPARTMENTS = [
  'humanities',
  'engineering',
  'medicine',
  'law',
  'economics',
  'arts',
  'sciences',
  'education',
  'languages',
  'archives',
  'maps',
  'music',
];
const FIRST_NAMES = [
  'Sara',
  'Minh',
  'Yuki',
  'Pouya',
  'Lan',
  'Haruto',
  'Niloufar',
  'Bao',
  'Aiko',
  'Reza',
  'Thảo',
  'Kenji',
];
const LAST_NAMES = ['Ahmadi', 'Nguyễn', 'Tanaka', 'Karimi', 'Trần', 'Sato', 'Rahimi', 'Phạm', 'Suzuki', 'Hosseini'];
/** Shaped like a stored argon2id hash; never verified. */
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2htYXJrLXNhbHQ$3mJ9a1kX0tq9yqA0Sx8m7Q4y5bE2rF1cW6dH8nV0uLg';
const START = Date.parse('2026-01-05T07:00:00.000Z');
/** Events in one shift: session start and end, online, four breaks, offline. */
const SHIFT_EVENTS = 12;

export const departmentStreams = DEPARTMENTS.length;

function meta(actorId: string, kind: 'staff' | 'system' = 'staff') {
  const id = randomUUID();
  return { correlationId: id, causationId: id, actor: { kind, id: actorId }, schema: 1 };
}

export function departmentOpenings(): { stream: string; events: EventData[] }[] {
  return DEPARTMENTS.map((id) => ({
    stream: `department-${id}`,
    events: [
      jsonEvent({
        type: 'DepartmentOpened',
        data: {
          departmentId: id,
          name: { fa: `بخش ${id}`, en: id[0]!.toUpperCase() + id.slice(1), ja: `${id}部門`, vi: `Khoa ${id}` },
          openedAt: new Date(START).toISOString(),
        },
        metadata: meta('demo-seed', 'system'),
      }),
    ],
  }));
}

/** The first `count` events of one agent's history: account, departments, then shifts. */
export function agentHistory(agent: number, count: number): EventData[] {
  const staffId = randomUUID();
  const at = (minutes: number) => new Date(START + agent * 7_000 + minutes * 60_000).toISOString();
  const events: EventData[] = [];
  const add = (type: string, data: Record<string, unknown>, actor: string = staffId) =>
    events.length < count &&
    events.push(jsonEvent({ type, data, metadata: meta(actor, actor === staffId ? 'staff' : 'system') }));
  const name = `${FIRST_NAMES[agent % FIRST_NAMES.length]} ${LAST_NAMES[(agent * 7) % LAST_NAMES.length]}`;
  add(
    'StaffAccountCreated',
    {
      staffId,
      username: `agent${agent}`,
      displayName: `${name} ${agent}`,
      roles: ['AGENT'],
      passwordHash: PASSWORD_HASH,
      createdAt: at(0),
    },
    'demo-seed',
  );
  add(
    'AgentJoinedDepartment',
    { staffId, departmentId: DEPARTMENTS[agent % DEPARTMENTS.length], joinedAt: at(1) },
    'demo-seed',
  );
  add(
    'AgentJoinedDepartment',
    { staffId, departmentId: DEPARTMENTS[(agent * 5 + 3) % DEPARTMENTS.length], joinedAt: at(1) },
    'demo-seed',
  );
  // Shifts: sign in, go online, a few breaks (offline, online), go offline, sign out. Only whole
  // shifts, so no session is left open to expire; what room is left goes to department moves.
  for (let shift = 0; count - events.length >= SHIFT_EVENTS; shift++) {
    const day = shift * 24 * 60;
    const sessionId = randomUUID();
    add('SessionStarted', {
      staffId,
      sessionId,
      tokenHash: createHash('sha256').update(sessionId).digest('hex'),
      startedAt: at(day),
      expiresAt: at(day + 12 * 60),
    });
    add('AgentWentOnline', { staffId, sessionId, at: at(day + 2) });
    for (let pause = 1; pause <= 4; pause++) {
      add('AgentWentOffline', { staffId, at: at(day + pause * 100), reason: 'SET_BY_AGENT' });
      add('AgentWentOnline', { staffId, sessionId, at: at(day + pause * 100 + 15) });
    }
    add('AgentWentOffline', { staffId, at: at(day + 8 * 60), reason: 'SET_BY_AGENT' });
    add('SessionEnded', { staffId, sessionId, endedAt: at(day + 8 * 60 + 1), reason: 'SIGNED_OUT' });
  }
  const visited = DEPARTMENTS[(agent * 3 + 1) % DEPARTMENTS.length];
  for (let move = 0; events.length < count; move++) {
    if (move % 2 === 0)
      add('AgentJoinedDepartment', { staffId, departmentId: visited, joinedAt: at(move) }, 'demo-seed');
    else add('AgentLeftDepartment', { staffId, departmentId: visited, leftAt: at(move) }, 'demo-seed');
  }
  return events;
}
