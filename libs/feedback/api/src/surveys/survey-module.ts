/**
 * Surveys' GraphQL module, a Fastify plugin the api registers after Mercurius and after feedback's
 * own: the secret links' invitation and answer, product surveys, and the satisfaction mailer,
 * started once the read models have caught up. Mail goes through the outbox by the port the api
 * wires (the same as the loop back's).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import type { ReportHolder, SurveysReadModel } from '@deskstream/feedback-read-models';
import { typeDefsFrom } from '@deskstream/graphql-types';
import { FeedbackCommands } from '../commands';
import type { FeedbackMailbox } from '../ports';
import { SatisfactionMailer } from './satisfaction-mailer';
import { SurveyCommands } from './survey-commands';
import { SurveyLinks } from './survey-links';
import { surveyResolvers } from './survey-resolvers';

/** Surveys' SDL: the only copy of that part of the schema. */
export const feedbackSurveysTypeDefs = typeDefsFrom(new URL('./surveys.graphql', import.meta.url));

export interface FeedbackSurveysModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: SurveysReadModel;
  /** The report's holder: product teams (who may send a product survey) are folded there. */
  report: ReportHolder;
  mailbox?: FeedbackMailbox;
  /** The portal's origin for the survey links in mails (PUBLIC_ORIGIN). */
  publicOrigin?: string;
  /** The secret the links' tokens are derived with; unset: one drawn at each start. */
  linkSecret?: string;
  /** Whether solved tickets and wrapped-up calls get a satisfaction survey (default true). */
  satisfactionSurveys?: boolean;
  now?: () => Date;
}

async function feedbackSurveysModule(app: FastifyInstance, options: FeedbackSurveysModuleOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const { store, runner, readModel } = options;
  const commands = new SurveyCommands(store, runner, {
    readModel,
    links: new SurveyLinks(options.linkSecret, options.publicOrigin),
    mailbox: options.mailbox,
    feedback: new FeedbackCommands(store, runner),
    now,
  });
  const resolvers = surveyResolvers({ readModel, report: options.report, commands, now });
  app.graphql.extendSchema(feedbackSurveysTypeDefs);
  app.graphql.defineResolvers({ Query: resolvers.Query, Mutation: resolvers.Mutation } as IResolvers);
  app.decorate('surveyCommands', commands);

  const mailer = new SatisfactionMailer({ readModel, commands, now, log: app.log });
  app.addHook('onReady', async () => {
    if (options.satisfactionSurveys === false || !options.mailbox) return;
    runner.waitUntilCaughtUp().then(
      () => mailer.start(runner),
      () => undefined,
    );
  });
  app.addHook('preClose', async () => mailer.stop());
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Surveys' commands, for the demo seed and tools. */
    surveyCommands: SurveyCommands;
  }
}

export const feedbackSurveysGraphql = fp(feedbackSurveysModule, {
  name: 'deskstream-feedback-surveys',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
