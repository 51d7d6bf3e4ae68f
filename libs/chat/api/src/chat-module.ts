/**
 * Chat's GraphQL module, a Fastify plugin the api registers after Mercurius: it extends the
 * schema with the reference desk (`schema.graphql` beside this file: visitors, agents,
 * supervisors) and pushes the queue, each chat's new entries and typing over subscriptions.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { IResolvers } from 'mercurius';
import { CHAT_PROJECTION, type ChatReadModel, type DeskDirectory } from '@deskstream/chat-read-models';
import { LocalBroadcast, type Broadcast, type CommandStore, type ProjectionRunner } from '@deskstream/event-sourcing';
import { typeDefsFrom } from '@deskstream/graphql-types';
import type { AnswerMailbox } from './answer-mailbox';
import type { DeskMailSettings } from './answer-mail-wording';
import { agentResolvers } from './agent-resolvers';
import { VisitorGate } from './chat-access';
import { ChatCommands } from './commands';
import { activityTopic, chatFeeds, queueTopic, typingTopic } from './feeds';
import { FIGURES_TOPIC, OVERVIEW_TOPIC, deskFeeds, handedOverTopic, mentionTopic, questionsTopic } from './desk-feeds';
import { deskSubscriptionResolvers } from './desk-subscription-resolvers';
import { archiveResolvers } from './archive-resolvers';
import { noteResolvers } from './note-resolvers';
import { ratingResolvers } from './rating-resolvers';
import { VisitorPresence } from './visitor-presence';
import { FloodGuard, type FloodLimits } from './flood-guard';
import type { ChatModuleDeps, TypingIndication } from './module-deps';
import { subscriptionResolvers } from './subscription-resolvers';
import { savedReplyResolvers } from './saved-reply-resolvers';
import { supervisorResolvers } from './supervisor-resolvers';
import { transcriptMailResolvers } from './transcript-mail-resolvers';
import { visitorResolvers } from './visitor-resolvers';

export interface ChatModuleOptions {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'onChange'> & Partial<Pick<ProjectionRunner, 'waitUntilCaughtUp'>>;
  readModel: ChatReadModel;
  directory: DeskDirectory;
  /** Where answers to offline questions are queued: the outbox, connected by the api. */
  mailbox: AnswerMailbox;
  now?: () => Date;
  floodLimits?: FloodLimits;
  /** The desk's language and the library's name, for the answer mail. Default: English, "the Library". */
  mail?: DeskMailSettings;
  /** How long a waiting chat's visitor may be gone (no live connection) before it is abandoned. Default 2 minutes. */
  visitorGoneAfterMs?: number;
  /**
   * How typing indications reach every api process's subscribers: through the store when several
   * processes serve one desk (the api wires a `StoreBroadcast`). Default: this process only.
   */
  typing?: Broadcast<TypingIndication>;
}

export const DEFAULT_VISITOR_GONE_AFTER_MS = 120_000;

const CHAT_TYPE_DEFS = typeDefsFrom(new URL('./schema.graphql', import.meta.url));

async function chatModule(app: FastifyInstance, options: ChatModuleOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const publish = (topic: string, payload: unknown) => void app.graphql.pubsub.publish({ topic, payload });
  const commands = new ChatCommands(options.store, options.runner);
  const typing = options.typing ?? new LocalBroadcast<TypingIndication>();
  const stopTyping = typing.listen((indication) => publish(typingTopic(indication.chatId), { typing: indication }));
  const presence = new VisitorPresence({
    readModel: options.readModel,
    commands,
    now,
    goneAfterMs: options.visitorGoneAfterMs ?? DEFAULT_VISITOR_GONE_AFTER_MS,
    caughtUp: options.runner.waitUntilCaughtUp && (() => options.runner.waitUntilCaughtUp!()),
    onError: (error) => app.log.warn({ err: error }, 'recording a visitor’s departure or an abandoned chat failed'),
  });
  const deps: ChatModuleDeps = {
    readModel: options.readModel,
    directory: options.directory,
    commands,
    presence,
    mailbox: options.mailbox,
    mailContext: {
      settings: options.mail ?? { locale: 'en' },
      departmentNames: (id) => options.directory.departments.get(id)?.name,
    },
    visitors: new VisitorGate(new FloodGuard(options.floodLimits), now),
    now,
    publishTyping: (_chatId, indication) =>
      void typing
        .send(indication)
        .catch((error: unknown) => app.log.warn({ err: error }, 'a typing indication was lost')),
  };

  app.graphql.extendSchema(CHAT_TYPE_DEFS);
  const modules = [
    visitorResolvers(deps),
    ratingResolvers(deps),
    agentResolvers(deps),
    noteResolvers(deps),
    archiveResolvers(deps),
    supervisorResolvers(deps),
    savedReplyResolvers(deps),
    transcriptMailResolvers(deps),
    subscriptionResolvers(deps),
    deskSubscriptionResolvers(deps),
  ];
  for (const resolvers of modules) {
    app.graphql.defineResolvers(resolvers as IResolvers);
  }

  const stopFeeds = chatFeeds(options.runner, options.readModel, {
    queue: (departmentId, queue) => publish(queueTopic(departmentId), { chatQueueChanged: queue }),
    activity: (chatId, activity) => publish(activityTopic(chatId), { chatActivity: activity }),
  });
  const stopDeskFeeds = deskFeeds(options.runner, options.readModel, {
    handedOver: (agentId, payload) => publish(handedOverTopic(agentId), { chatHandedToMe: payload }),
    mention: (staffId, payload) => publish(mentionTopic(staffId), { chatMentions: payload }),
    question: (departmentId, question) =>
      publish(questionsTopic(departmentId), { offlineQuestionChanged: { question } }),
    overview: () => publish(OVERVIEW_TOPIC, { chatOverviewChanged: {} }),
    figures: (day) => publish(FIGURES_TOPIC, { chatFiguresChanged: day }),
  });
  const stopDepartures = options.runner.onChange((change) => {
    if (change.projection === CHAT_PROJECTION && change.event.type === 'ChatVisitorLeft') {
      const { chatId, leftAt } = change.event.data as { chatId: string; leftAt: string };
      presence.departed(chatId, leftAt);
    }
  });
  // Connections ending because this process stops are no visitor leaving.
  app.addHook('preClose', async () => presence.stop());
  app.addHook('onClose', async () => {
    stopFeeds();
    stopDeskFeeds();
    stopDepartures();
    stopTyping();
    await typing.close();
    presence.stop();
  });
}

export const chatGraphql = fp(chatModule, { name: 'deskstream-chat', fastify: '5.x', dependencies: ['mercurius'] });
