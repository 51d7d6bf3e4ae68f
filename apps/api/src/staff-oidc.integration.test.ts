/**
 * Staff sign-in through an OpenID Connect provider: a real provider (`oidc-provider`) on loopback,
 * the api through the emulator. The authorization code flow with PKCE and state; the provider's
 * verified email `<username>@library.example` names the staff member. A tampered state, an email
 * of no staff member and an unverified email are all refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

const REDIRECT = 'http://desk.example/auth/oidc/callback';
const ACCOUNTS: Record<string, { email: string; email_verified: boolean }> = {
  minh: { email: 'minh@library.example', email_verified: true },
  stranger: { email: 'stranger@library.example', email_verified: true },
  unverified: { email: 'sara@library.example', email_verified: false },
  elsewhere: { email: 'sara@elsewhere.example', email_verified: true },
};

let server: Server;
let issuer: string;
let api: TestApi;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'deskstream', client_secret: 'a-secret-of-the-desk', redirect_uris: [REDIRECT] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...ACCOUNTS[sub] }) }),
    pkce: { required: () => true },
  });
  server.on('request', provider.callback());
  api = await startTestApi({
    identity: {
      oidc: {
        issuerUrl: issuer,
        clientId: 'deskstream',
        clientSecret: 'a-secret-of-the-desk',
        redirectUrl: REDIRECT,
        emailDomain: 'library.example',
        allowHttp: true,
      },
    },
  });
}, 60_000);
afterAll(async () => {
  await api?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Walks the provider's login and consent as a browser would, with its cookies; returns where it sends the browser back. */
async function throughProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const request = async (url: string, body?: URLSearchParams) => {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return new URL(response.headers.get('location') ?? url, url);
  };
  let next = await request(authorizationUrl);
  for (let step = 0; step < 10; step++) {
    if (next.href.startsWith(REDIRECT)) return next;
    if (next.pathname.startsWith('/interaction/')) {
      const prompt = step < 2 ? 'login' : 'consent';
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
      next = await request(next.href, form);
      if (prompt === 'login' && !next.pathname.startsWith('/auth'))
        next = await request(next.href, new URLSearchParams({ prompt: 'consent' }));
    } else {
      next = await request(next.href);
    }
  }
  throw new Error(`the provider never sent the browser back (last at ${next.href})`);
}

async function signInAs(login: string, tamper?: (cookie: string) => string) {
  const start = await api.app.inject({ method: 'GET', url: '/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const authorization = new URL(start.headers.location as string);
  expect(authorization.origin).toBe(issuer);
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorization.searchParams.get('state')).toBeTruthy();
  const cookie = String(start.headers['set-cookie']).split(';')[0]!;
  const back = await throughProvider(authorization.href, login);
  const callback = await api.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    headers: { cookie: tamper ? tamper(cookie) : cookie },
  });
  expect(callback.statusCode).toBe(302);
  return String(callback.headers.location);
}

describe('signing staff in through the organisation', () => {
  it('is offered on the sign-in page', async () => {
    const options = await api.gql('{ staffSignInOptions { oidc oidcStartUrl } }');
    expect(options.data).toEqual({ staffSignInOptions: { oidc: true, oidcStartUrl: '/auth/oidc/start' } });
  });

  it('signs in the staff member whose verified email the provider gives, with PKCE and state', async () => {
    const location = await signInAs('minh');
    expect(location).toMatch(/^\/console\/sign-in#oidc-token=/);
    const token = decodeURIComponent(location.split('#oidc-token=')[1]!);
    const me = await api.gql('{ me { username } mySessions { method current } }', {}, token);
    expect(me.data!.me).toEqual({ username: 'minh' });
    expect(me.data!.mySessions).toContainEqual({ method: 'OIDC', current: true });
  });

  it('refuses a tampered state, an email of nobody on the staff, an unverified email and another domain', async () => {
    const tampered = await signInAs('minh', (cookie) => cookie.replace('=', '=x'));
    expect(tampered).toBe('/console/sign-in#oidc-failed=1');
    for (const login of ['stranger', 'unverified', 'elsewhere'])
      expect(await signInAs(login)).toBe('/console/sign-in#oidc-failed=1');
  });
});
