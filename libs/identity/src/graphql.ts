/**
 * Identity's GraphQL module, a Fastify plugin the api registers after Mercurius: it extends the
 * schema with staff sign-in, departments and presence, pushes `presenceChanged` whenever the
 * read model's presence changes, and ends expired sessions in the background.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers, MercuriusContext } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { ROLES_FOR, StaffAccess, commandError, identityError, type CallerContext } from './access';
import { IdentityCommands } from './commands';
import type { DepartmentPresence, IdentityReadModel, StaffRecord } from './read-model';
import { identityTypeDefs } from './schema';
import { SignInThrottle, type SignInThrottleOptions } from './sign-in-throttle';
import { StaffSessions } from './staff-sessions';
import { presenceFeed, PRESENCE_CHANGED } from './presence-feed';

export interface IdentityModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: IdentityReadModel;
  now?: () => Date;
  sessionTtlMs?: number;
  /** How often expired sessions are looked for. Default one minute. */
  sweepIntervalMs?: number;
  throttle?: SignInThrottleOptions;
}

type Context = MercuriusContext & CallerContext;

async function identityModule(app: FastifyInstance, options: IdentityModuleOptions): Promise<void> {
  const { readModel, runner } = options;
  const now = options.now ?? (() => new Date());
  const access = new StaffAccess(readModel, now);
  const commands = new IdentityCommands(options.store, runner);
  const sessions = new StaffSessions({ commands, readModel, throttle: new SignInThrottle(options.throttle), now, sessionTtlMs: options.sessionTtlMs });

  const presenceChanged = {
    subscribe: async (_root: unknown, _args: unknown, context: Context) => {
      access.require(context, ROLES_FOR.seeWhoIsOnline);
      return context.pubsub.subscribe(PRESENCE_CHANGED);
    },
    // Everyone the role check lets in sees the same board: the api executes and serialises it once per change.
    extensions: { sharedPush: true },
  };

  const resolvers: IResolvers = {
    Query: {
      me: (_root, _args, context: Context) => {
        const caller = access.identify(context);
        return typeof caller === 'string' ? null : caller.staff;
      },
      departments: () => [...readModel.departments.values()],
      onlineAgents: (_root, _args, context: Context) => {
        access.require(context, ROLES_FOR.seeWhoIsOnline);
        return readModel.onlineAgents();
      },
    },
    Mutation: {
      signIn: (_root, args: { username: string; password: string }, context: Context) =>
        sessions.signIn(args.username, args.password, context.clientAddress ?? 'unknown'),
      signOut: async (_root, _args, context: Context) => {
        await sessions.signOut(access.require(context, ROLES_FOR.anyStaff));
        return true;
      },
      setPresence: async (_root, args: { status: 'ONLINE' | 'OFFLINE'; commandId: string }, context: Context) => {
        const { staff, session } = access.require(context, ROLES_FOR.goOnlineOrOffline);
        if (args.commandId.length === 0 || args.commandId.length > 128) throw identityError('IDENTITY_COMMAND_ID_INVALID');
        const outcome = await commands.staff(
          { type: 'SetPresence', data: { staffId: staff.id, sessionId: session.sessionId, status: args.status, at: now().toISOString() } },
          `presence-${staff.id}-${args.commandId}`,
          { kind: 'staff', id: staff.id },
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return readModel.staff.get(staff.id);
      },
    },
    Subscription: { presenceChanged },
    StaffMember: {
      presence: (staff: StaffRecord) => (staff.onlineSince === null ? 'OFFLINE' : 'ONLINE'),
      departments: (staff: StaffRecord) => staff.departmentIds.flatMap((id) => readModel.departments.get(id) ?? []),
    },
    DepartmentPresence: {
      agents: (presence: DepartmentPresence) => presence.agents,
    },
  };

  app.graphql.extendSchema(identityTypeDefs);
  app.graphql.defineResolvers(resolvers);

  const stopFeed = presenceFeed(runner, readModel, (payload) => app.graphql.pubsub.publish({ topic: PRESENCE_CHANGED, payload }));
  const stopSweeping = sweepExpiredSessions(app, runner, sessions, options.sweepIntervalMs ?? 60_000);
  app.addHook('onClose', async () => {
    stopFeed();
    stopSweeping();
  });
}

/** Once caught up, and then every `intervalMs`, ends the sessions that have expired. */
function sweepExpiredSessions(
  app: FastifyInstance,
  runner: Pick<ProjectionRunner, 'waitUntilCaughtUp'>,
  sessions: StaffSessions,
  intervalMs: number,
): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;
  let stopped = false;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const ended = await sessions.endExpiredSessions();
      if (ended > 0) app.log.info({ ended }, 'ended expired staff sessions');
    } catch (error) {
      app.log.warn({ err: error }, 'could not end expired sessions; trying again later');
    } finally {
      running = false;
    }
  };
  runner.waitUntilCaughtUp().then(
    () => {
      if (stopped) return;
      void sweep();
      timer = setInterval(() => void sweep(), intervalMs);
      timer.unref();
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

export const identityGraphql = fp(identityModule, { name: 'deskstream-identity', fastify: '5.x', dependencies: ['mercurius'] });
