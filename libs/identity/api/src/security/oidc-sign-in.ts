/**
 * Optional sign-in for staff through the organisation's OpenID Connect provider, with
 * `openid-client`: the authorization code flow with PKCE (S256) and state. `/auth/oidc/start`
 * keeps the code verifier and state in a short-lived HttpOnly cookie (so any api process can take
 * the callback) and sends the browser to the provider; `/auth/oidc/callback` checks state and
 * verifier while exchanging the code, and maps the provider's verified email to a staff member:
 * `<username>@<OIDC_EMAIL_DOMAIN>`. The session token goes back to the console in the address's
 * fragment, which browsers never send to a server. Off unless OIDC_ISSUER_URL is set.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import type { StaffSessions } from '../staff-sessions';

export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret?: string;
  /** Where the provider sends the browser back: this api's `/auth/oidc/callback`. */
  redirectUrl: string;
  /** Staff sign in as `<username>@<emailDomain>`, with the provider saying the email is verified. */
  emailDomain: string;
  /** Plain http to the provider (a provider on loopback, in tests). Default: only https. */
  allowHttp?: boolean;
}

export const OIDC_START_PATH = '/auth/oidc/start';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
const COOKIE = 'deskstream_oidc';
const COOKIE_MAX_AGE_SECONDS = 600;
const CONSOLE_SIGN_IN = '/console/sign-in';

/** The settings from the environment: all of them or none (off); anything half-set stops the start with a clear message. */
export function oidcSettingsFrom(env: Record<string, string | undefined>): OidcSettings | undefined {
  const read = (value: string | undefined) => value?.trim() || undefined;
  const issuerUrl = read(env['OIDC_ISSUER_URL']);
  const clientId = read(env['OIDC_CLIENT_ID']);
  const clientSecret = read(env['OIDC_CLIENT_SECRET']);
  const redirectUrl = read(env['OIDC_REDIRECT_URL']);
  const emailDomain = read(env['OIDC_EMAIL_DOMAIN'])?.toLowerCase();
  if (!issuerUrl && !clientId && !redirectUrl && !emailDomain) return undefined;
  const missing = Object.entries({
    OIDC_ISSUER_URL: issuerUrl,
    OIDC_CLIENT_ID: clientId,
    OIDC_REDIRECT_URL: redirectUrl,
    OIDC_EMAIL_DOMAIN: emailDomain,
  })
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
  if (missing.length > 0)
    throw new Error(`OpenID Connect sign-in needs ${missing.join(', ')} as well (or none of the OIDC_ settings)`);
  for (const [name, value] of [
    ['OIDC_ISSUER_URL', issuerUrl],
    ['OIDC_REDIRECT_URL', redirectUrl],
  ] as const)
    if (!/^https?:\/\//.test(value!)) throw new Error(`${name} must be an http(s) address (got "${value}")`);
  return {
    issuerUrl: issuerUrl!,
    clientId: clientId!,
    clientSecret,
    redirectUrl: redirectUrl!,
    emailDomain: emailDomain!,
  };
}

function cookieOf(request: FastifyRequest): { state: string; verifier: string } | undefined {
  const header = request.headers.cookie ?? '';
  const raw = header
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${COOKIE}=`));
  const [state, verifier] = (raw?.slice(COOKIE.length + 1) ?? '').split('.');
  return state && verifier ? { state, verifier } : undefined;
}

const cookie = (value: string, maxAge: number, secure: boolean) =>
  `${COOKIE}=${value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;

export function oidcRoutes(
  app: FastifyInstance,
  deps: { settings: OidcSettings; readModel: IdentityReadModel; sessions: StaffSessions },
): void {
  const { settings, readModel, sessions } = deps;
  const secure = settings.redirectUrl.startsWith('https:');
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () =>
    (discovered ??= client
      .discovery(
        new URL(settings.issuerUrl),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      }));

  app.get(OIDC_START_PATH, async (_request, reply) => {
    const config = await configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUrl,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });
    return reply
      .header('set-cookie', cookie(`${state}.${verifier}`, COOKIE_MAX_AGE_SECONDS, secure))
      .header('cache-control', 'no-store')
      .redirect(url.href);
  });

  app.get(OIDC_CALLBACK_PATH, async (request, reply) => {
    const pending = cookieOf(request);
    reply.header('set-cookie', cookie('', 0, secure)).header('cache-control', 'no-store');
    const failed = () => reply.redirect(`${CONSOLE_SIGN_IN}#oidc-failed=1`);
    if (!pending) return failed();
    let email: string | undefined;
    try {
      const callbackUrl = new URL(request.url, settings.redirectUrl);
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider gave no ID token');
      // Providers may keep the email for the userinfo endpoint rather than the ID token.
      const claims =
        typeof idToken.email === 'string'
          ? idToken
          : await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      if (claims.email_verified === true && typeof claims.email === 'string') email = claims.email.toLowerCase();
    } catch (error) {
      request.log.warn({ err: error }, 'an OpenID Connect sign-in was refused');
      return failed();
    }
    const [username, domain] = email?.split('@') ?? [];
    const staff = username && domain === settings.emailDomain ? readModel.staffByName(username) : undefined;
    if (!staff) return failed();
    const userAgent = request.headers['user-agent']?.slice(0, 300);
    const token = await sessions.startSession(
      staff,
      { address: request.ip, ...(userAgent ? { userAgent } : {}), method: 'OIDC' },
      'sign-in-oidc',
    );
    return reply.redirect(`${CONSOLE_SIGN_IN}#oidc-token=${encodeURIComponent(token)}`);
  });
}
