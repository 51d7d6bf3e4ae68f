/**
 * Feedback's GraphQL module, a Fastify plugin the api registers after Mercurius: capture from any
 * conversation item (through read ports the api wires to the other contexts), the triage queue,
 * topics, product teams and their answers, and the loop back that delivers every answer to every
 * reporter. The report and surveys register their own modules beside this one.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';

/** This context's SDL for capture, triage, topics and teams: the only copy of that part of the schema. */
export const feedbackTypeDefs = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

export interface FeedbackModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
  now?: () => Date;
}

async function feedbackModule(app: FastifyInstance, _options: FeedbackModuleOptions): Promise<void> {
  app.graphql.extendSchema(feedbackTypeDefs);
  app.graphql.defineResolvers({} as IResolvers);
}

export const feedbackGraphql = fp(feedbackModule, {
  name: 'deskstream-feedback',
  fastify: '5.x',
  dependencies: ['mercurius'],
});
