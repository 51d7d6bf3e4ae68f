/**
 * Live updates over graphql-ws: the queue of the agent's departments, a chat's new transcript
 * entries (for staff who may see it, or its visitor), and typing indications (never stored;
 * they reach subscribers of the api process the typist is connected to).
 *
 * Access is checked when a subscription starts and again for every delivery, with the
 * subscriber's own context: once an agent may no longer read a chat (it was transferred away
 * from them, they left its department, lost their role or signed out), nothing more of it
 * reaches them. Each field declares the check as `extensions.stillAllowed`, which the api's
 * graphql-ws transport runs before every push and which ends the subscription (FORBIDDEN) when
 * it says no; its `resolve` runs the same check, so a transport without that hook delivers an
 * error instead of the data.
 */
import { accessError, identifyStaff, requireStaff } from '@deskstream/access';
import type { SubscriptionResolvers } from '@deskstream/graphql-types';
import {
  ROLES_FOR,
  departmentsOf,
  holdsOneOf,
  requireChat,
  requireStaffForChat,
  seesAllDepartments,
  staffMayRead,
  type Context,
} from './chat-access';
import { activityTopic, queueTopic, typingTopic, type ChatActivity, type PendingQueue } from './feeds';
import type { ChatModuleDeps, TypingIndication } from './module-deps';
import { filterDeliveries } from './filter-deliveries';
import { forVisitor, visitorChatView, visitorSees } from './views';
import { onEnd } from './visitor-presence';

/** What a subscription's `subscribe` finds in its context: the topics of the transport it is served by. */
interface Topics {
  subscribe(topics: string | readonly string[]): Promise<AsyncIterable<unknown>> | AsyncIterable<unknown>;
}

export const topicsOf = (context: Context) => (context as Context & { pubsub: Topics }).pubsub;

type QueuePayload = { chatQueueChanged: PendingQueue };
type ActivityPayload = { chatActivity: ChatActivity };
type TypingPayload = { typing: TypingIndication };

/** The per-delivery check: may the subscriber (as their context names them now) still have this payload? Never throws. */
export type StillAllowed<Payload, Args> = (context: Context, payload: Payload, args: Args) => boolean;

/**
 * The arguments each subscription started with, by its context: the api's transport gives every
 * subscription a context object of its own, and its `stillAllowed` hook gets that context only.
 */
const argumentsOf = new WeakMap<object, unknown>();

/**
 * A chat's subscription field whose every delivery is checked: `extensions.stillAllowed` for the
 * api's transport (it ends the subscription), and `resolve` refusing the data otherwise.
 */
export function checkedField<Payload, Args extends object, Result>(options: {
  start: (args: Args, context: Context) => void;
  topic: (args: Args, context: Context) => string | readonly string[];
  /** Which payloads this field is for at all (not an access check). */
  wanted?: (payload: Payload) => boolean;
  /** Called once the subscription runs; what it returns is called when it ends. */
  live?: (args: Args) => () => void;
  stillAllowed: StillAllowed<Payload, Args>;
  resolve: (payload: Payload) => Result;
}) {
  const allowed = (context: Context, payload: Payload) => {
    const args = argumentsOf.get(context) as Args | undefined;
    return args !== undefined && options.stillAllowed(context, payload, args);
  };
  return {
    subscribe: async (_root: unknown, args: Args, context: Context) => {
      options.start(args, context);
      argumentsOf.set(context, args);
      const source = (await topicsOf(context).subscribe(options.topic(args, context))) as AsyncIterable<Payload>;
      const wanted = options.wanted ? filterDeliveries(source, options.wanted) : source;
      return options.live ? onEnd(wanted, options.live(args)) : wanted;
    },
    resolve: (payload: Payload, _args: Args, context: Context): Result => {
      if (!allowed(context, payload)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
      return options.resolve(payload);
    },
    extensions: {
      stillAllowed: (context: Record<string, unknown>, payload: unknown) =>
        allowed(context as Context, payload as Payload),
    },
  };
}

export type ChatSubscriptionResolvers = {
  Subscription: Pick<
    SubscriptionResolvers,
    'chatQueueChanged' | 'chatActivity' | 'visitorChatActivity' | 'chatTyping' | 'visitorChatTyping'
  >;
};

export function subscriptionResolvers(deps: ChatModuleDeps): ChatSubscriptionResolvers {
  const { readModel, directory, visitors } = deps;
  const ownChat = (args: { chatId: string; visitorToken: string }) =>
    visitors.ownsChat(readModel, args.chatId, args.visitorToken);
  /** The staff member the context names now may still read the chat as it is now. */
  const staffStillReads = (context: Context, chatId: string) => {
    const chat = readModel.chat(chatId);
    return chat !== undefined && staffMayRead(context, ROLES_FOR.readChats, chat);
  };

  const chatQueueChanged = {
    subscribe: async (_root: unknown, _args: unknown, context: Context) => {
      const departments = departmentsOf(requireStaff(context, ROLES_FOR.readChats)) ?? [
        ...directory.departments.keys(),
      ];
      const source = (await topicsOf(context).subscribe(departments.map(queueTopic))) as AsyncIterable<QueuePayload>;
      // Only the queues of departments the member still belongs to (or all, for supervisors and admins).
      return filterDeliveries(source, ({ chatQueueChanged: queue }) => {
        const staff = identifyStaff(context);
        return (
          typeof staff === 'object' &&
          holdsOneOf(staff.roles, ROLES_FOR.readChats) &&
          (seesAllDepartments(staff) || staff.departmentIds.includes(queue.departmentId))
        );
      });
    },
  };

  return {
    Subscription: {
      chatQueueChanged,
      chatActivity: checkedField<ActivityPayload, { chatId: string }, ChatActivity>({
        start: (args, context) =>
          requireStaffForChat(context, ROLES_FOR.readChats, requireChat(readModel, args.chatId)),
        topic: (args) => activityTopic(args.chatId),
        // The chat as it was once this entry was added: after a transfer away, its notice and whatever follows are not theirs.
        stillAllowed: (context, { chatActivity }) => staffMayRead(context, ROLES_FOR.readChats, chatActivity.chat),
        resolve: (payload) => payload.chatActivity,
      }),
      visitorChatActivity: checkedField<ActivityPayload, { chatId: string; visitorToken: string }, unknown>({
        start: (args) => visitors.requireOwnChat(readModel, args.chatId, args.visitorToken),
        topic: (args) => activityTopic(args.chatId),
        // Internal notes are for staff only.
        wanted: ({ chatActivity }) => visitorSees(chatActivity.entry),
        // The visitor's live connection is their presence at a waiting chat.
        live: (args) => deps.presence?.connected(args.chatId) ?? (() => undefined),
        stillAllowed: (_context, _payload, args) => ownChat(args),
        resolve: (payload) => ({
          chat: visitorChatView(payload.chatActivity.chat, readModel),
          entry: forVisitor(payload.chatActivity.entry),
        }),
      }),
      chatTyping: checkedField<TypingPayload, { chatId: string }, TypingIndication>({
        start: (args, context) =>
          requireStaffForChat(context, ROLES_FOR.readChats, requireChat(readModel, args.chatId)),
        topic: (args) => typingTopic(args.chatId),
        wanted: ({ typing }) => typing.by === 'VISITOR',
        stillAllowed: (context, { typing }) => staffStillReads(context, typing.chatId),
        resolve: (payload) => payload.typing,
      }),
      visitorChatTyping: checkedField<TypingPayload, { chatId: string; visitorToken: string }, TypingIndication>({
        start: (args) => visitors.requireOwnChat(readModel, args.chatId, args.visitorToken),
        topic: (args) => typingTopic(args.chatId),
        wanted: ({ typing }) => typing.by === 'AGENT',
        stillAllowed: (_context, _payload, args) => ownChat(args),
        resolve: (payload) => payload.typing,
      }),
    },
  } as ChatSubscriptionResolvers;
}
