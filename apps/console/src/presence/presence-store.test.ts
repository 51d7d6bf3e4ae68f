import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { describe, expect, it } from 'vitest';
import type { BoardDepartmentFieldsFragment as BoardDepartment } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { usePresenceStore } from './presence-store';

const letters = { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } };
const board = (...names: string[]): BoardDepartment[] => [
  {
    department: letters,
    agents: names.map((displayName, index) => ({
      id: `a${index}`,
      displayName,
      presence: 'ONLINE',
      onlineSince: '2026-03-21T08:00:00Z',
    })),
  },
];

async function signedIn(resolvers: Parameters<typeof createConsoleHarness>[0]) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    ...resolvers,
  });
  const session = useSessionStore(harness.pinia);
  await session.signIn('sara', 'right');
  return { ...harness, session, presence: usePresenceStore(harness.pinia) };
}

describe('usePresenceStore: my presence', () => {
  it('goes online with a fresh command id and shows it at once', async () => {
    const answer = deferred<FakeAnswer>();
    const { presence, fake, session } = await signedIn({ SetPresence: () => answer.promise });
    expect(presence.myStatus).toBe('OFFLINE');

    const going = presence.toggleMyPresence();
    expect(presence.myStatus).toBe('ONLINE');
    expect(presence.switching).toBe(true);
    answer.resolve({ data: { setPresence: staffMember({ presence: 'ONLINE', onlineSince: '2026-03-21T08:00:00Z' }) } });
    await going;

    const call = fake.calls.find((c) => c.name === 'SetPresence')!;
    expect(call.variables['status']).toBe('ONLINE');
    expect(call.variables['commandId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(presence.switching).toBe(false);
    expect(session.staff?.presence).toBe('ONLINE');
  });

  it('lets the latest switch win when an older answer arrives last', async () => {
    const answers = [deferred<FakeAnswer>(), deferred<FakeAnswer>()];
    let calls = 0;
    const { presence, session } = await signedIn({ SetPresence: () => answers[calls++]!.promise });

    const online = presence.setMyPresence('ONLINE');
    const offline = presence.setMyPresence('OFFLINE');
    answers[1]!.resolve({ data: { setPresence: staffMember({ presence: 'OFFLINE' }) } });
    await offline;
    answers[0]!.resolve({ data: { setPresence: staffMember({ presence: 'ONLINE' }) } });
    await online;

    expect(presence.myStatus).toBe('OFFLINE');
    expect(session.staff?.presence).toBe('OFFLINE');
  });

  it('goes back to the real status and keeps the error code when the switch fails', async () => {
    const { presence } = await signedIn({ SetPresence: () => ({ errors: [{ message: 'busy', code: 'CONFLICT' }] }) });
    await presence.setMyPresence('ONLINE');
    expect(presence.myStatus).toBe('OFFLINE');
    expect(presence.switchError).toBe('CONFLICT');
  });
});

describe('usePresenceStore: the board', () => {
  it('loads the board, then follows pushed changes', async () => {
    const { presence, fake } = await signedIn({ OnlineAgents: () => ({ data: { onlineAgents: board('Sara') } }) });
    const stop = presence.followBoard();
    await expect.poll(() => presence.boardState).toBe('ready');
    expect(presence.departments[0]!.agents.map((agent) => agent.displayName)).toEqual(['Sara']);
    expect(fake.openSubscriptions('PresenceChanged')).toBe(1);

    fake.push('PresenceChanged', { presenceChanged: board('Sara', 'Minh') });
    expect(presence.departments[0]!.agents).toHaveLength(2);

    stop();
    expect(fake.openSubscriptions('PresenceChanged')).toBe(0);
  });

  it('never lets a slow query overwrite a newer pushed board', async () => {
    const answer = deferred<FakeAnswer>();
    const { presence, fake } = await signedIn({ OnlineAgents: () => answer.promise });
    const stop = presence.followBoard();
    fake.push('PresenceChanged', { presenceChanged: board('Sara', 'Minh', 'Yuki') });
    answer.resolve({ data: { onlineAgents: board('Sara') } });
    await answer.promise;
    await new Promise((resolve) => setTimeout(resolve));
    expect(presence.departments[0]!.agents).toHaveLength(3);
    stop();
  });

  it('catches up after the live socket reconnects', async () => {
    let served = 0;
    const { presence, fake } = await signedIn({
      OnlineAgents: () => ({ data: { onlineAgents: served++ === 0 ? board('Sara') : board() } }),
    });
    const stop = presence.followBoard();
    await expect.poll(() => presence.departments[0]?.agents.length).toBe(1);
    fake.liveConnected();
    await expect.poll(() => presence.departments[0]?.agents.length).toBe(0);
    stop();
  });

  it('subscribes once however many views follow, and stops with the last', async () => {
    const { presence, fake } = await signedIn({ OnlineAgents: () => ({ data: { onlineAgents: [] } }) });
    const stopFirst = presence.followBoard();
    const stopSecond = presence.followBoard();
    expect(fake.openSubscriptions('PresenceChanged')).toBe(1);
    stopFirst();
    stopFirst();
    expect(fake.openSubscriptions('PresenceChanged')).toBe(1);
    stopSecond();
    expect(fake.openSubscriptions('PresenceChanged')).toBe(0);
  });

  it('clears everything when the session ends', async () => {
    const { presence, session } = await signedIn({ OnlineAgents: () => ({ data: { onlineAgents: board('Sara') } }) });
    const stop = presence.followBoard();
    await expect.poll(() => presence.boardState).toBe('ready');
    stop();
    session.forget();
    await expect.poll(() => presence.departments).toEqual([]);
    expect(presence.boardState).toBe('idle');
  });
});
