/**
 * Feedback in the api: its read models and projections join the api's one runner, its GraphQL
 * modules register after Mercurius and after the contexts it reads, and ports connect it to them
 * without either side importing the other: the conversation items it captures from (chat, tickets,
 * calls, offline questions, the knowledge base), the tickets' commands (an answer as a reply on the
 * reporter's ticket) and the outbox (an answer by mail).
 */
import type { FastifyInstance } from 'fastify';
import type { StaffDirectory } from '@deskstream/access';
import type { CommandStore, Projection, ProjectionRunner, SubscribingStore } from '@deskstream/event-sourcing';
import { feedbackGraphql, feedbackReportGraphql, type FeedbackModuleOptions } from '@deskstream/feedback-api';
import { ReportHolder, feedbackReportProjection } from '@deskstream/feedback-read-models';

export type FeedbackOptions = Partial<Pick<FeedbackModuleOptions, 'now'>> & {
  /** The organisation's time zone, in which the report's days count (DESK_TIME_ZONE). */
  timeZone?: string;
};

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp' | 'status'>;
  /** The store's client: the report replays `$all` when its definition changes. */
  client: SubscribingStore;
  staffDirectory?: StaffDirectory;
};

export interface FeedbackSlice {
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
}

export function feedback(options: FeedbackOptions = {}): FeedbackSlice {
  const report = new ReportHolder(options.timeZone);
  return {
    projections: [feedbackReportProjection(report) as Projection],
    async register(app, { store, runner, client, staffDirectory }) {
      await app.register(feedbackGraphql, { store, runner, ...options });
      await app.register(feedbackReportGraphql, {
        holder: report,
        store,
        client,
        runner,
        staffDirectory,
        now: options.now,
      });
    },
  };
}
