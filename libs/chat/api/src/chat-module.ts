/**
 * Chat's GraphQL module, a Fastify plugin the api registers after Mercurius: it extends the
 * schema with the reference desk (`schema.graphql` beside this file: visitors, agents,
 * supervisors) and pushes the queue, each chat's new entries and typing over subscriptions.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import type { ChatReadModel, DeskDirectory } from '@deskstream/chat-read-models';
import type { CommandStore, ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { AnswerMailbox } from './answer-mailbox';
import { agentResolvers } from './agent-resolvers';
import { VisitorGate } from './chat-access';
import { ChatCommands } from './commands';
import { activityTopic, chatFeeds, queueTopic, typingTopic } from './feeds';
import { FloodGuard, type FloodLimits } from './flood-guard';
import type { ChatModuleDeps } from './module-deps';
import { subscriptionResolvers } from './subscription-resolvers';
import { savedReplyResolvers } from './saved-reply-resolvers';
import { supervisorResolvers } from './supervisor-resolvers';
import { transcriptMailResolvers } from './transcript-mail-resolvers';
import { visitorResolvers } from './visitor-resolvers';

export interface ChatModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange'>;
  readModel: ChatReadModel;
  directory: DeskDirectory;
  /** Where answers to offline questions are queued: the outbox, connected by the api. */
  mailbox: AnswerMailbox;
  now?: () => Date;
  floodLimits?: FloodLimits;
}

const CHAT_TYPE_DEFS = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

async function chatModule(app: FastifyInstance, options: ChatModuleOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const publish = (topic: string, payload: unknown) => void app.graphql.pubsub.publish({ topic, payload });
  const deps: ChatModuleDeps = {
    readModel: options.readModel,
    directory: options.directory,
    commands: new ChatCommands(options.store, options.runner),
    mailbox: options.mailbox,
    visitors: new VisitorGate(new FloodGuard(options.floodLimits), now),
    now,
    publishTyping: (chatId, indication) => publish(typingTopic(chatId), { typing: indication }),
  };

  app.graphql.extendSchema(CHAT_TYPE_DEFS);
  for (const resolvers of [visitorResolvers(deps), agentResolvers(deps), supervisorResolvers(deps), savedReplyResolvers(deps), transcriptMailResolvers(deps), subscriptionResolvers(deps)]) {
    app.graphql.defineResolvers(resolvers as IResolvers);
  }

  const stopFeeds = chatFeeds(options.runner, options.readModel, {
    queue: (departmentId, queue) => publish(queueTopic(departmentId), { chatQueueChanged: queue }),
    activity: (chatId, activity) => publish(activityTopic(chatId), { chatActivity: activity }),
  });
  app.addHook('onClose', async () => stopFeeds());
}

export const chatGraphql = fp(chatModule, { name: 'deskstream-chat', fastify: '5.x', dependencies: ['mercurius'] });
