/**
 * Feedback's GraphQL module, a Fastify plugin the api registers after Mercurius: capture from any
 * conversation item (through read ports the api wires to the other contexts), the triage queue,
 * topics, product teams and their answers, the live feed, and the loop back that delivers every
 * answer to every reporter (started once the read models have caught up). The report and surveys
 * register their own modules beside this one.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import type { FeedbackTriageReadModel } from '@deskstream/feedback-read-models';
import { typeDefsFrom } from '@deskstream/graphql-types';
import { captureMutations } from './capture-mutations';
import { FeedbackCommands } from './commands';
import { FEEDBACK_CHANGED, feedbackFeed, feedbackSubscription } from './feed';
import { FeedbackLoopBack } from './loop-back';
import type { FeedbackMailbox, FeedbackSources, FeedbackStaff, FeedbackTicketReplies } from './ports';
import { queryResolvers } from './query-resolvers';
import { teamMutations } from './team-mutations';
import { topicMutations } from './topic-mutations';
import { triageMutations } from './triage-mutations';
import { fieldResolvers } from './views';
import { VoteCapture } from './vote-capture';

/** This context's SDL for capture, triage, topics and teams: the only copy of that part of the schema. */
export const feedbackTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface FeedbackModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  readModel: FeedbackTriageReadModel;
  /** The conversation items feedback is captured from; unset: nothing can be captured. */
  sources?: FeedbackSources;
  staff?: FeedbackStaff;
  /** Answers as replies on the reporters' tickets; unset: by mail only. */
  tickets?: FeedbackTicketReplies;
  /** Answers by mail through the outbox; unset: mail answers are recorded as undeliverable. */
  mailbox?: FeedbackMailbox;
  now?: () => Date;
}

async function feedbackModule(app: FastifyInstance, options: FeedbackModuleOptions): Promise<void> {
  const { readModel, runner } = options;
  const now = options.now ?? (() => new Date());
  const commands = new FeedbackCommands(options.store, runner);
  const deps = { readModel, commands, sources: options.sources, staff: options.staff, now };

  app.graphql.extendSchema(feedbackTypeDefs);
  app.graphql.defineResolvers({
    Query: queryResolvers(readModel),
    Mutation: {
      ...captureMutations(deps),
      ...triageMutations(deps),
      ...topicMutations(deps),
      ...teamMutations(deps),
    },
    Subscription: feedbackSubscription,
    ...fieldResolvers(readModel, { staff: options.staff, tickets: options.tickets }),
  } as IResolvers);

  const stopFeed = feedbackFeed(runner, (payload) => app.graphql.pubsub.publish({ topic: FEEDBACK_CHANGED, payload }));
  const loopBack = new FeedbackLoopBack({ ...deps, mailbox: options.mailbox, tickets: options.tickets, log: app.log });
  const votes = new VoteCapture({ readModel, commands, log: app.log });
  app.decorate('feedbackCommands', commands);
  app.decorate('feedbackLoopBack', loopBack);
  app.addHook('onReady', async () => {
    runner.waitUntilCaughtUp().then(
      () => {
        loopBack.start(runner);
        votes.start(runner);
      },
      () => undefined,
    );
  });
  app.addHook('preClose', async () => {
    stopFeed();
    await votes.stop();
    await loopBack.stop();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Feedback's commands, for the demo seed and tools. */
    feedbackCommands: FeedbackCommands;
    /** The loop back that delivers answers to reporters (tests wait for it to be idle). */
    feedbackLoopBack: FeedbackLoopBack;
  }
}

export const feedbackGraphql = fp(feedbackModule, {
  name: 'deskstream-feedback',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
