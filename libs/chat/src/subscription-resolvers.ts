/**
 * Live updates over graphql-ws: the queue of the agent's departments, a chat's new transcript
 * entries (for staff who may see it, or its visitor), and typing indications (never stored;
 * they reach subscribers of the api process the typist is connected to).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { IResolvers, MercuriusContext } from 'mercurius';
// Mercurius is CommonJS: its helpers are reached through the default export under Node's ESM.
import mercurius from 'mercurius';
import { requireStaff } from '@deskstream/access';
import { ROLES_FOR, departmentsOf, requireChat, requireStaffForChat, type Context } from './chat-access';
import { activityTopic, queueTopic, typingTopic, type ChatActivity } from './feeds';
import type { ChatModuleDeps, TypingIndication } from './module-deps';
import { forVisitor, visitorChatView } from './views';

export function subscriptionResolvers(deps: ChatModuleDeps): IResolvers {
  const { readModel, directory, visitors } = deps;
  const typingBy = (by: TypingIndication['by']) =>
    mercurius.withFilter(
      (_root: unknown, args: { chatId: string }, context: MercuriusContext) => context.pubsub.subscribe(typingTopic(args.chatId)),
      (payload: { typing: TypingIndication }) => payload.typing.by === by,
    );

  return {
    Subscription: {
      chatQueueChanged: {
        subscribe: async (_root: unknown, _args: unknown, context: Context) => {
          const departments = departmentsOf(requireStaff(context, ROLES_FOR.readChats)) ?? [...directory.departments.keys()];
          return context.pubsub.subscribe(departments.map(queueTopic));
        },
      },
      chatActivity: {
        subscribe: async (_root: unknown, args: { chatId: string }, context: Context) => {
          requireStaffForChat(context, ROLES_FOR.readChats, requireChat(readModel, args.chatId));
          return context.pubsub.subscribe(activityTopic(args.chatId));
        },
      },
      visitorChatActivity: {
        subscribe: async (_root: unknown, args: { chatId: string; visitorToken: string }, context: Context) => {
          visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
          return context.pubsub.subscribe(activityTopic(args.chatId));
        },
        resolve: (payload: { chatActivity: ChatActivity }) => ({
          chat: visitorChatView(payload.chatActivity.chat, readModel),
          entry: forVisitor(payload.chatActivity.entry),
        }),
      },
      chatTyping: {
        subscribe: async (root: unknown, args: { chatId: string }, context: Context, info: GraphQLResolveInfo) => {
          requireStaffForChat(context, ROLES_FOR.readChats, requireChat(readModel, args.chatId));
          return typingBy('VISITOR')(root, args, context, info);
        },
        resolve: (payload: { typing: TypingIndication }) => payload.typing,
      },
      visitorChatTyping: {
        subscribe: async (root: unknown, args: { chatId: string; visitorToken: string }, context: Context, info: GraphQLResolveInfo) => {
          visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
          return typingBy('AGENT')(root, args, context, info);
        },
        resolve: (payload: { typing: TypingIndication }) => payload.typing,
      },
    },
  };
}
