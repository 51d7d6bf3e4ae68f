/**
 * The demo data of `npm start` (and of test apis unless they turn parts off), written through
 * each context's own commands once the read models have caught up: staff and departments first,
 * then the knowledge base, bookings, tickets, accounts, calls, customers, feedback and the book
 * fair. Every part writes under fixed ids, so a restart on the same store adds nothing.
 */
import type { FastifyInstance } from 'fastify';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { IdentityCommands } from '@deskstream/identity-api';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import type { AppOptions } from './app';
import type { accounts } from './accounts';
import type { bookings } from './bookings';
import type { calls } from './calls';
import type { customers } from './customers';
import type { feedback } from './feedback';
import type { knowledgeBase } from './knowledge-base';
import type { tickets } from './tickets';
import { DEMO_FEEDBACK_LAST_ITEM, seedFeedback } from './feedback-seed';
import { seedOperationsDemo } from './operations-seed';
import { seedDemoData, type SeedReport } from './seed';

type Slice<Make extends (...args: never[]) => unknown> = ReturnType<Make>;

export interface DeskToSeed {
  commands: Parameters<Slice<typeof knowledgeBase>['seed']>[0]['store'];
  runner: ProjectionRunner;
  identity: IdentityReadModel;
  desks: {
    kb: Slice<typeof knowledgeBase>;
    bookingDesk: Slice<typeof bookings>;
    ticketDesk: Slice<typeof tickets>;
    accountDesk: Slice<typeof accounts>;
    accountDeps: Parameters<Slice<typeof accounts>['seed']>[1];
    callDesk: Slice<typeof calls>;
    customerDesk: Slice<typeof customers>;
    feedbackDesk: Slice<typeof feedback>;
  };
}

export async function seedTheDesk(app: FastifyInstance, options: AppOptions, desk: DeskToSeed): Promise<SeedReport> {
  const { commands: store, runner, identity } = desk;
  const { kb, bookingDesk, ticketDesk, accountDesk, accountDeps, callDesk, customerDesk, feedbackDesk } = desk.desks;
  const clock = (now: (() => Date) | undefined) => now ?? (() => new Date());
  const report = await seedDemoData(new IdentityCommands(store, runner), identity, clock(options.identity?.now));
  app.log.info(await kb.seed({ store, runner }, clock(options.knowledgeBase?.now)), 'demo knowledge base seeded');
  app.log.info(await bookingDesk.seed({ store, runner }, clock(options.bookings?.now)), 'demo bookings seeded');
  app.log.info(await ticketDesk.seed(clock(options.tickets?.now)), 'demo tickets seeded');
  app.log.info(await accountDesk.seed(app, accountDeps, clock(options.accounts?.now)), 'demo accounts seeded');
  app.log.info(await callDesk.seed(app, clock(options.calls?.now)), 'demo calls seeded');
  app.log.info(await customerDesk.seed(app, clock(options.customers?.now)), 'demo customers seeded');
  if (options.seedDemoFeedback !== false)
    app.log.info(
      await seedFeedback({ store, runner }, clock(options.feedback?.now), {
        alreadySeeded: () => feedbackDesk.readModel.items.has(DEMO_FEEDBACK_LAST_ITEM),
      }),
      'demo feedback seeded',
    );
  if (options.seedDemoFair !== false) {
    const fair = { store, runner, identity, calls: callDesk.readModel, tickets: ticketDesk.readModel };
    app.log.info(
      await seedOperationsDemo(fair, options.referenceDesk?.timeZone, options.identity?.now),
      'demo fair seeded',
    );
  }
  return report;
}
