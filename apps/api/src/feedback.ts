/**
 * Feedback in the api: its read models and projections join the api's one runner, its GraphQL
 * modules register after Mercurius and after the contexts it reads, and ports connect it to them
 * without either side importing the other: the conversation items it captures from (chat, tickets,
 * calls, offline questions, the knowledge base), the tickets' commands (an answer as a reply on the
 * reporter's ticket) and the outbox (an answer by mail).
 */
import type { FastifyInstance } from 'fastify';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import { feedbackGraphql, type FeedbackModuleOptions } from '@deskstream/feedback-api';

export type FeedbackOptions = Partial<Pick<FeedbackModuleOptions, 'now'>>;

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
};

export interface FeedbackSlice {
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
}

export function feedback(options: FeedbackOptions = {}): FeedbackSlice {
  return {
    projections: [],
    async register(app, { store, runner }) {
      await app.register(feedbackGraphql, { store, runner, ...options });
    },
  };
}
