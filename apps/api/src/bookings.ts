/**
 * Book a Librarian in the api: its read model and projections join the api's one runner, its
 * GraphQL module registers after Mercurius, and its demo branches, topics and experts are seeded
 * after the staff. Confirmations and reminders (with their .ics) go through the outbox, connected
 * here by a port, so neither context imports the other; the outbox's sender sends them.
 */
import type { FastifyInstance } from 'fastify';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import {
  BookingsCommands,
  bookingsGraphql,
  seedBookings,
  type BookingMailbox,
  type BookingsModuleOptions,
  type BookingsSeedReport,
} from '@deskstream/bookings-api';
import { BookingsReadModel, bookingsProjections } from '@deskstream/bookings-read-models';
import { Mailbox, OutboxCommands } from '@deskstream/outbox-api';

export type BookingsOptions = Partial<
  Pick<BookingsModuleOptions, 'now' | 'floodLimits' | 'reminderIntervalMs' | 'publicOrigin'>
>;

type Deps = { store: CommandStore; runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'> };

export interface BookingsSlice {
  readModel: BookingsReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
  seed(deps: Deps, now: () => Date): Promise<BookingsSeedReport>;
}

export function bookings(options: BookingsOptions = {}): BookingsSlice {
  const readModel = new BookingsReadModel();
  return {
    readModel,
    projections: bookingsProjections(readModel),
    async register(app, { store, runner }) {
      const outbox = new Mailbox(new OutboxCommands(store, runner), options.now);
      const mailbox: BookingMailbox = {
        async queue(mail, commandId, actor) {
          const outcome = await outbox.queue(mail, commandId, actor);
          return outcome.ok ? { ok: true } : { ok: false, message: outcome.error.message };
        },
      };
      await app.register(bookingsGraphql, { store, runner, readModel, mailbox, ...options });
    },
    seed: ({ store, runner }, now) => seedBookings(new BookingsCommands(store, runner), readModel, now),
  };
}
