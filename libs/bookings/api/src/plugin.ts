/**
 * Book a Librarian's GraphQL module, a Fastify plugin the api registers after Mercurius: the
 * patron's form and secret link, the staff calendar and requests, configuration, the board's live
 * feed, and the reminder timer (started once the read models caught up, on the clock it is given).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { BookingsReadModel } from '@deskstream/bookings-read-models';
import { BOOKING_BOARD_CHANGED, boardFeed, boardSubscription } from './board-feed';
import type { BookingMailbox, BookingMailSettings } from './booking-mail';
import { BookingsCommands } from './commands';
import { configResolvers } from './config-resolvers';
import { BookingFloodGuard, type BookingFloodLimits } from './flood-guard';
import { PatronBookings } from './patron-bookings';
import { patronResolvers } from './patron-resolvers';
import { ReminderTimer } from './reminders';
import { SessionNotices } from './session-notices';
import { SessionPlacement } from './session-placement';
import { staffResolvers } from './staff-resolvers';
import { fieldResolvers } from './views';

/** This context's SDL: the only copy of its part of the schema. */
export const bookingsTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface BookingsModuleOptions extends BookingMailSettings {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: BookingsReadModel;
  now?: () => Date;
  floodLimits?: BookingFloodLimits;
  /** The outbox, for confirmations and reminders; unset, no mail is sent. */
  mailbox?: BookingMailbox;
  /** How often due reminders are queued. Default one minute; 0 starts no timer (tests run rounds themselves). */
  reminderIntervalMs?: number;
}

async function bookingsModule(app: FastifyInstance, options: BookingsModuleOptions): Promise<void> {
  const { readModel, runner } = options;
  const now = options.now ?? (() => new Date());
  const commands = new BookingsCommands(options.store, runner);
  const placement = new SessionPlacement(readModel, commands);
  const bookings = new PatronBookings(readModel, commands, placement, now);
  const notices = new SessionNotices(
    readModel,
    commands,
    options.mailbox,
    { publicOrigin: options.publicOrigin },
    app.log,
    now,
  );
  const reminders = new ReminderTimer(readModel, notices, now, app.log);
  const patrons = patronResolvers({
    readModel,
    flood: new BookingFloodGuard(options.floodLimits),
    bookings,
    notices,
    now,
  });
  const staff = staffResolvers({ readModel, commands, placement, bookings, notices, now });
  const config = configResolvers({ readModel, commands, now });

  app.graphql.extendSchema(bookingsTypeDefs);
  app.graphql.defineResolvers({
    Query: { ...patrons.Query, ...staff.Query, ...config.Query },
    Mutation: { ...patrons.Mutation, ...staff.Mutation, ...config.Mutation },
    Subscription: boardSubscription,
    ...fieldResolvers(readModel),
  } as IResolvers);

  const stopFeed = boardFeed(runner, readModel, (payload) =>
    app.graphql.pubsub.publish({ topic: BOOKING_BOARD_CHANGED, payload }),
  );
  app.decorate('bookingReminders', { round: () => reminders.round() });
  const interval = options.reminderIntervalMs ?? 60_000;
  app.addHook('onReady', async () => {
    // A runner stopped before it caught up (the api closing early) starts no timer.
    if (interval > 0)
      runner.waitUntilCaughtUp().then(
        () => reminders.start(interval),
        () => undefined,
      );
  });
  app.addHook('preClose', async () => {
    stopFeed();
    await reminders.stop();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs one round of the reminder timer now (tests, tools). */
    bookingReminders: { round(): Promise<number> };
  }
}

export const bookingsGraphql = fp(bookingsModule, {
  name: 'deskstream-bookings',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
