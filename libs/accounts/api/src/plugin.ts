/**
 * The accounts GraphQL module, a Fastify plugin the api registers after Mercurius: sign-in by
 * card or email with lockout, reset links through the outbox, the holder's account and requests,
 * the desk's work, the library system's import route (when it has a token), and the clock that
 * unlocks lockouts, lapses holds and ends sessions (started once the read models caught up).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import { DEFAULT_LOCKOUT_FAILURES, type AccountKind } from '@deskstream/accounts-domain';
import type { AccountsReadModel } from '@deskstream/accounts-read-models';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { Circulation } from './circulation';
import { AccountsCommands } from './commands';
import type { HashingQueue, passwordMatches } from './credentials';
import { AccountFloodGuard, type AccountFloodLimits } from './flood-guard';
import { holderResolvers } from './holder-resolvers';
import { libraryImportRoute } from './library-import';
import { AccountPasswords } from './passwords';
import type { AccountPorts, PickUpPlace } from './ports';
import { AccountSignIn } from './sign-in';
import { seedDemoAccounts, type AccountsSeedReport } from './seed';
import { staffResolvers } from './staff-resolvers';
import { AccountTimers } from './timers';
import { fieldResolvers } from './views';

export const accountsTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

/** Pick-up places when no port gives any: the main library. */
export const DEFAULT_PICK_UP_PLACES: PickUpPlace[] = [
  { id: 'main', name: { fa: 'کتابخانهٔ مرکزی', en: 'Main library', ja: '本館', vi: 'Thư viện chính' } },
];

export interface AccountsModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'waitUntilCaughtUp'>;
  readModel: AccountsReadModel;
  vault: PersonalDataVault;
  ports?: AccountPorts;
  now?: () => Date;
  floodLimits?: Partial<AccountFloodLimits>;
  /** Failed sign-ins in a row before an account locks for 30 minutes. Default 5. */
  maxFailures?: number;
  /** Which kinds of account sign in (the organisation's rule). Default both. */
  kinds?: readonly AccountKind[];
  /** The library system's bearer token for the import route; unset: no route. */
  importToken?: string;
  /** The portal's origin, for reset links. */
  publicOrigin?: string;
  /** How often the clock runs. Default one minute; 0 starts no timer (tests run rounds themselves). */
  clockIntervalMs?: number;
  /** Tests: a cheaper password check and hashing queue. */
  hashing?: HashingQueue;
  verify?: typeof passwordMatches;
}

async function accountsModule(app: FastifyInstance, options: AccountsModuleOptions): Promise<void> {
  const { readModel, vault, runner } = options;
  const now = options.now ?? (() => new Date());
  const ports = options.ports ?? {};
  const places = () => {
    const given = ports.pickUpPlaces?.() ?? [];
    return given.length ? given : DEFAULT_PICK_UP_PLACES;
  };
  const kinds = options.kinds ?? ['PATRON', 'CUSTOMER'];
  const maxFailures = options.maxFailures ?? DEFAULT_LOCKOUT_FAILURES;
  const commands = new AccountsCommands(options.store, runner);
  const flood = new AccountFloodGuard(options.floodLimits);
  const signIn = new AccountSignIn({
    readModel,
    commands,
    vault,
    flood,
    now,
    maxFailures,
    kinds,
    hashing: options.hashing,
    verify: options.verify,
  });
  const passwords = new AccountPasswords({
    readModel,
    commands,
    vault,
    signIn,
    flood,
    mailbox: ports.mailbox,
    now,
    log: app.log,
    publicOrigin: options.publicOrigin,
  });
  const circulation = new Circulation({ readModel, commands, vault, mailbox: ports.mailbox, places, now });
  const holder = holderResolvers({
    readModel,
    commands,
    vault,
    ports,
    signIn,
    passwords,
    circulation,
    places,
    kinds,
    maxFailures,
    now,
  });
  const staff = staffResolvers({ readModel, commands, vault, ports, passwords, circulation, now });

  app.graphql.extendSchema(accountsTypeDefs);
  app.graphql.defineResolvers({
    Query: { ...holder.Query, ...staff.Query },
    Mutation: { ...holder.Mutation, ...staff.Mutation },
    ...fieldResolvers({ readModel, vault, ports, places, now }),
  } as IResolvers);
  if (options.importToken) libraryImportRoute(app, { token: options.importToken, readModel, vault, circulation });

  const timers = new AccountTimers(readModel, commands, now, app.log);
  app.decorate('accounts', {
    clock: () => timers.round(),
    mailResetLink: (id: string) => passwords.mailLink(readModel.account(id)!),
    seedDemo: () =>
      seedDemoAccounts({
        readModel,
        commands,
        vault,
        circulation,
        placeIds: () => places().map((place) => place.id),
        now,
      }),
  });
  const interval = options.clockIntervalMs ?? 60_000;
  app.addHook('onReady', async () => {
    if (interval > 0)
      runner.waitUntilCaughtUp().then(
        () => timers.start(interval),
        () => undefined,
      );
  });
  app.addHook('preClose', () => timers.stop());
}

declare module 'fastify' {
  interface FastifyInstance {
    accounts: {
      /** Runs one round of the accounts clock now (tests, tools). */
      clock(): Promise<number>;
      /** Mails a reset link to the account now and answers its token (tests, the demo). */
      mailResetLink(accountId: string): Promise<string | undefined>;
      /** Seeds the demo patron and customer (once). */
      seedDemo(): Promise<AccountsSeedReport>;
    };
  }
}

export const accountsGraphql = fp(accountsModule, {
  name: 'deskstream-accounts',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
