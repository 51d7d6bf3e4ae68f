/**
 * The report's GraphQL module and CSV route, a Fastify plugin the api registers after Mercurius.
 * Before the runner starts it reads the definition in force, so the start's replay builds the
 * report under it; afterwards, whenever the report's events hold a newer definition (changed here
 * or by another api process), the report is rebuilt from history by replaying the store.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import { BACKWARDS, END, StreamNotFoundError } from '@eventstore/db-client';
import type { StaffDirectory } from '@deskstream/access';
import type { CommandStore, ProjectionRunner, SubscribingStore } from '@deskstream/event-sourcing';
import {
  FEEDBACK_REPORT_DEFINITION_STREAM,
  definitionOf,
  type FeedbackReportDefinitionChanged,
} from '@deskstream/feedback-domain';
import type { ReportHolder } from '@deskstream/feedback-read-models';
import { typeDefsFrom } from '@deskstream/graphql-types';
import { reportCsvRoute } from './report-csv';
import { ReportRebuilds } from './report-replay';
import { reportResolvers } from './report-resolvers';

/** The report's SDL: the only copy of that part of the schema. */
export const feedbackReportTypeDefs = typeDefsFrom(new URL('./report.graphql', import.meta.url));

export interface FeedbackReportModuleOptions {
  holder: ReportHolder;
  store: CommandStore;
  /** The store's client, for replaying `$all` when the definition changes. */
  client: SubscribingStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp' | 'status'>;
  /** Who is calling the CSV route (GraphQL has it in its context). */
  staffDirectory?: StaffDirectory;
  now?: () => Date;
}

async function definitionInForce(store: CommandStore) {
  try {
    for await (const resolved of store.readStream(FEEDBACK_REPORT_DEFINITION_STREAM, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    }))
      if (resolved.event?.type === 'FeedbackReportDefinitionChanged')
        return definitionOf(resolved.event.data as unknown as FeedbackReportDefinitionChanged['data']);
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return undefined;
}

async function feedbackReportModule(app: FastifyInstance, options: FeedbackReportModuleOptions): Promise<void> {
  const { holder, runner } = options;
  const now = options.now ?? (() => new Date());
  const rebuilds = new ReportRebuilds(options.client, holder, runner, app.log);
  const resolvers = reportResolvers({ holder, rebuilds, store: options.store, runner, now });
  app.graphql.extendSchema(feedbackReportTypeDefs);
  app.graphql.defineResolvers({ Query: resolvers.Query, Mutation: resolvers.Mutation } as IResolvers);
  reportCsvRoute(app, { holder, staffDirectory: options.staffDirectory, now });

  const rebuild = () =>
    rebuilds.ensure().catch((error: unknown) => app.log.error({ err: error }, 'rebuilding the feedback report failed'));
  let caughtUp = false;
  const stopWatching = runner.onChange((change) => {
    if (caughtUp && change.projection === 'feedback-report' && holder.current.stale) void rebuild();
  });
  app.addHook('onReady', async () => {
    // Before the runner starts (its hook comes later): the start's replay is then under the definition in force.
    try {
      const definition = await definitionInForce(options.store);
      if (definition) holder.startUnder(definition);
    } catch (error) {
      app.log.warn({ err: error }, 'the report definition could not be read before the start; rebuilding after it');
    }
    runner.waitUntilCaughtUp().then(
      () => {
        caughtUp = true;
        if (holder.current.stale) void rebuild();
      },
      () => undefined,
    );
  });
  app.addHook('preClose', async () => {
    stopWatching();
    rebuilds.stop();
  });
}

export const feedbackReportGraphql = fp(feedbackReportModule, {
  name: 'deskstream-feedback-report',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
