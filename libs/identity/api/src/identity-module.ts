/**
 * Identity's GraphQL module, a Fastify plugin the api registers after Mercurius: it extends the
 * schema with staff sign-in, departments and presence (`schema.graphql` beside this file), pushes
 * `presenceChanged` whenever the read model's presence changes, and ends expired sessions in the
 * background.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import { SecurityLogReadModel, type IdentityReadModel } from '@deskstream/identity-read-models';
import { IdentityCommands } from './identity-commands';
import { identityResolvers } from './identity-resolvers';
import { PasswordHashingQueue, type PasswordHashingLimits } from './password-hashing';
import { presenceFeed, PRESENCE_CHANGED } from './presence-feed';
import { SecondSignInStep } from './security/second-step';
import { securityResolvers } from './security/security-resolvers';
import { StaffChanges } from './security/staff-changes';
import { TwoFactorSettings } from './security/two-factor';
import { OIDC_START_PATH, oidcRoutes, type OidcSettings } from './security/oidc-sign-in';
import { sweepExpiredSessions } from './session-sweeper';
import { SignInThrottle, type SignInThrottleOptions } from './sign-in-throttle';
import { StaffAccess } from './staff-access';
import { StaffSessions } from './staff-sessions';

export interface IdentityModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: IdentityReadModel;
  /** The security log admins read; its projection must be on the runner. Default: an empty one. */
  securityLog?: SecurityLogReadModel;
  /** Sign-in through the organisation's OpenID Connect provider; unset: off. */
  oidc?: OidcSettings;
  now?: () => Date;
  sessionTtlMs?: number;
  /** How often expired sessions are looked for. Default one minute. */
  sweepIntervalMs?: number;
  throttle?: SignInThrottleOptions;
  /** How many password checks run at once and how many may wait. */
  passwordHashing?: PasswordHashingLimits;
}

const IDENTITY_TYPE_DEFS = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

async function identityModule(app: FastifyInstance, options: IdentityModuleOptions): Promise<void> {
  const { readModel, runner } = options;
  const now = options.now ?? (() => new Date());
  const access = new StaffAccess(readModel, now);
  const commands = new IdentityCommands(options.store, runner);
  const sessions = new StaffSessions({
    commands,
    readModel,
    throttle: new SignInThrottle(options.throttle),
    hashing: new PasswordHashingQueue(options.passwordHashing),
    now,
    sessionTtlMs: options.sessionTtlMs,
  });

  app.graphql.extendSchema(IDENTITY_TYPE_DEFS);
  app.graphql.defineResolvers(identityResolvers({ readModel, access, commands, sessions, now }) as IResolvers);
  app.graphql.defineResolvers(
    securityResolvers({
      readModel,
      securityLog: options.securityLog ?? new SecurityLogReadModel(),
      access,
      sessions,
      secondStep: new SecondSignInStep(readModel, sessions, now),
      twoFactor: new TwoFactorSettings(readModel, commands, now),
      changes: new StaffChanges(readModel, commands, now),
      oidcStartUrl: options.oidc ? OIDC_START_PATH : null,
      now,
    }) as IResolvers,
  );

  if (options.oidc) oidcRoutes(app, { settings: options.oidc, readModel, sessions });

  const stopFeed = presenceFeed(runner, readModel, (payload) =>
    app.graphql.pubsub.publish({ topic: PRESENCE_CHANGED, payload }),
  );
  const stopSweeping = sweepExpiredSessions(app.log, runner, sessions, options.sweepIntervalMs ?? 60_000);
  app.addHook('onClose', async () => {
    stopFeed();
    stopSweeping();
  });
}

export const identityGraphql = fp(identityModule, {
  name: 'deskstream-identity',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
