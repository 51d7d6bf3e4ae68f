/** Staff sign-in, roles and presence through the real api, store and projection runner. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const SIGN_IN = `mutation ($u: String!, $p: String!) {
  signIn(username: $u, password: $p) { token staff { id username displayName roles presence departments { id name { fa en ja vi } } } }
}`;
const SET_PRESENCE = `mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { username presence onlineSince } }`;
const ONLINE_AGENTS = `{ onlineAgents { department { id name { en } } agents { username presence onlineSince } } }`;

const onlineUsernames = (
  data: { onlineAgents: { department: { id: string }; agents: { username: string }[] }[] } | null | undefined,
) =>
  Object.fromEntries(
    (data?.onlineAgents ?? []).map(({ department, agents }) => [department.id, agents.map((agent) => agent.username)]),
  );

describe('signing in', () => {
  it('gives a token and the staff member for the right username and password', async () => {
    const result = await api.gql(SIGN_IN, { u: 'sara', p: 'deskstream-agent' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.signIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.data!.signIn.staff).toMatchObject({
      username: 'sara',
      displayName: 'Sara Ahmadi',
      roles: ['AGENT'],
      presence: 'OFFLINE',
      departments: [
        {
          id: 'humanities',
          name: { fa: 'علوم انسانی', en: 'Humanities', ja: '人文学', vi: 'Khoa học Xã hội và Nhân văn' },
        },
        { id: 'law', name: { en: 'Law' } },
      ],
    });
    const me = await api.gql('{ me { username } }', {}, result.data!.signIn.token);
    expect(me.data).toEqual({ me: { username: 'sara' } });
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const result = await api.gql(SIGN_IN, { u: '  Yuki ', p: 'deskstream-agent' });
    expect(result.data?.signIn.staff.username).toBe('yuki');
  });

  it('says the same thing for a wrong password and for an unknown username', async () => {
    const wrongPassword = await api.gql(SIGN_IN, { u: 'admin', p: 'deskstream-agent' });
    const unknownUser = await api.gql(SIGN_IN, { u: 'mallory', p: 'deskstream-admin' });
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'The username or password is not correct.',
          extensions: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_SIGN_IN_FAILED' },
        }),
      ]);
    }
    expect(wrongPassword.errors![0]!.message).toBe(unknownUser.errors![0]!.message);
  });
});

describe('signing in with many usernames from one address', () => {
  const signInFrom = async (remoteAddress: string, username: string, password: string) => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress,
      payload: { query: SIGN_IN, variables: { u: username, p: password } },
    });
    const body = response.json() as {
      data?: { signIn?: { token: string } } | null;
      errors?: { extensions?: { code?: string; reason?: string } }[];
    };
    return body.errors?.[0]?.extensions ?? { code: 'SIGNED_IN' };
  };

  it('is refused with IDENTITY_SIGN_IN_RATE_LIMITED after 20 failures, even with a right password, while other addresses sign in', async () => {
    const sprayer = '203.0.113.66';
    for (let i = 0; i < 20; i++) {
      expect(await signInFrom(sprayer, `made-up-${i}-${Math.random().toString(36).slice(2)}`, 'guess')).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'IDENTITY_SIGN_IN_FAILED',
      });
    }
    expect(await signInFrom(sprayer, 'made-up-next', 'guess')).toEqual({
      code: 'RATE_LIMITED',
      reason: 'IDENTITY_SIGN_IN_RATE_LIMITED',
    });
    expect(await signInFrom(sprayer, 'sara', 'deskstream-agent')).toEqual({
      code: 'RATE_LIMITED',
      reason: 'IDENTITY_SIGN_IN_RATE_LIMITED',
    });
    expect(await signInFrom('198.51.100.67', 'sara', 'deskstream-agent')).toEqual({ code: 'SIGNED_IN' });
  });
});

describe('roles', () => {
  it('answers me with null and refuses staff queries without a session', async () => {
    expect((await api.gql('{ me { id } }')).data).toEqual({ me: null });
    const result = await api.gql(ONLINE_AGENTS);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'IDENTITY_NOT_SIGNED_IN' });
    const forged = await api.gql(ONLINE_AGENTS, {}, 'not-a-real-token');
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'IDENTITY_SESSION_ENDED' });
  });

  it('lets anyone list the departments, for the public chat form', async () => {
    const result = await api.gql('{ departments { id name { ja } } }');
    expect(result.data!.departments.map((department: { id: string }) => department.id)).toEqual([
      'humanities',
      'engineering',
      'medicine',
      'law',
    ]);
  });

  it('keeps presence to agents and supervisors, and the online list from product teams', async () => {
    const admin = await api.signIn('admin', 'deskstream-admin');
    const product = await api.signIn('pouya', 'deskstream-product');
    const adminOnline = await api.gql(SET_PRESENCE, { s: 'ONLINE', c: 'admin-1' }, admin);
    expect(adminOnline.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'IDENTITY_ROLE_REQUIRED' });
    const productList = await api.gql(ONLINE_AGENTS, {}, product);
    expect(productList.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'IDENTITY_ROLE_REQUIRED' });
    expect((await api.gql(ONLINE_AGENTS, {}, admin)).errors).toBeUndefined();
  });
});

describe('presence', () => {
  it('shows an agent who went online in each of their departments, with the exact time', async () => {
    const sara = await api.signIn('sara', 'deskstream-agent');
    const yuki = await api.signIn('yuki', 'deskstream-agent');
    const before = Date.now();
    const online = await api.gql(SET_PRESENCE, { s: 'ONLINE', c: 'sara-online-1' }, sara);
    expect(online.data!.setPresence).toMatchObject({ username: 'sara', presence: 'ONLINE' });
    const since = Date.parse(online.data!.setPresence.onlineSince);
    expect(since).toBeGreaterThanOrEqual(before - 1);
    expect(since).toBeLessThanOrEqual(Date.now());

    const list = await api.gql(ONLINE_AGENTS, {}, yuki);
    expect(onlineUsernames(list.data as never)).toEqual({
      humanities: ['sara'],
      engineering: [],
      medicine: [],
      law: ['sara'],
    });

    const repeated = await api.gql(SET_PRESENCE, { s: 'ONLINE', c: 'sara-online-1' }, sara);
    expect(repeated.data!.setPresence.onlineSince).toBe(online.data!.setPresence.onlineSince);

    const offline = await api.gql(SET_PRESENCE, { s: 'OFFLINE', c: 'sara-offline-1' }, sara);
    expect(offline.data!.setPresence).toEqual({ username: 'sara', presence: 'OFFLINE', onlineSince: null });
    expect(onlineUsernames((await api.gql(ONLINE_AGENTS, {}, yuki)).data as never).law).toEqual([]);
  });

  it('takes an agent offline when they sign out, and the token stops working', async () => {
    const minh = await api.signIn('minh', 'deskstream-agent');
    const yuki = await api.signIn('yuki', 'deskstream-agent');
    await api.gql(SET_PRESENCE, { s: 'ONLINE', c: 'minh-online-1' }, minh);
    expect(onlineUsernames((await api.gql(ONLINE_AGENTS, {}, yuki)).data as never).engineering).toEqual(['minh']);

    expect((await api.gql('mutation { signOut }', {}, minh)).data).toEqual({ signOut: true });
    expect(onlineUsernames((await api.gql(ONLINE_AGENTS, {}, yuki)).data as never).engineering).toEqual([]);
    expect((await api.gql('{ me { id } }', {}, minh)).data).toEqual({ me: null });
    const again = await api.gql('mutation { signOut }', {}, minh);
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an empty or overlong command id', async () => {
    const sara = await api.signIn('sara', 'deskstream-agent');
    const result = await api.gql(SET_PRESENCE, { s: 'ONLINE', c: 'x'.repeat(129) }, sara);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION_ERROR', reason: 'IDENTITY_COMMAND_ID_INVALID' });
  });
});
