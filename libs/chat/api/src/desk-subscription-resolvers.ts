/**
 * The desk's pushes beyond the queue and the conversations: a chat handed to the subscriber by
 * name, notes that mention them, offline questions of their departments, and for supervisors
 * the overview and the day whose figures changed. Each delivery is checked again with the
 * subscriber's context as it is now (see `checkedField`).
 */
import { identifyStaff, requireStaff } from '@deskstream/access';
import type { QuestionRecord } from '@deskstream/chat-read-models';
import type { SubscriptionResolvers } from '@deskstream/graphql-types';
import { ROLES_FOR, departmentsOf, holdsOneOf, staffMayRead, staffMaySee, type Context } from './chat-access';
import {
  FIGURES_TOPIC,
  OVERVIEW_TOPIC,
  handedOverTopic,
  mentionTopic,
  questionsTopic,
  type ChatHandedOver,
  type ChatMention,
} from './desk-feeds';
import type { ChatModuleDeps } from './module-deps';
import { checkedField } from './subscription-resolvers';
import { overviewOf } from './supervisor-resolvers';

type NoArgs = Record<string, never>;

/** The signed-in staff member's id as the context names them now (empty when nobody is). */
const staffIdOf = (context: Context) => {
  const staff = identifyStaff(context);
  return typeof staff === 'object' ? staff.id : '';
};

const supervises = (context: Context) => {
  const staff = identifyStaff(context);
  return typeof staff === 'object' && holdsOneOf(staff.roles, ROLES_FOR.superviseDesk);
};

export type DeskSubscriptionResolvers = {
  Subscription: Pick<
    SubscriptionResolvers,
    'chatHandedToMe' | 'chatMentions' | 'offlineQuestionChanged' | 'chatOverviewChanged' | 'chatFiguresChanged'
  >;
};

export function deskSubscriptionResolvers(deps: ChatModuleDeps): DeskSubscriptionResolvers {
  const { directory } = deps;
  return {
    Subscription: {
      chatHandedToMe: checkedField<{ chatHandedToMe: ChatHandedOver }, NoArgs, ChatHandedOver>({
        start: (_args, context) => requireStaff(context, ROLES_FOR.answerChats),
        topic: (_args, context) => handedOverTopic(staffIdOf(context)),
        // Still theirs as the chat was handed over, and they may still read it.
        stillAllowed: (context, { chatHandedToMe: { chat } }) =>
          chat.agent?.id === staffIdOf(context) && staffMayRead(context, ROLES_FOR.readChats, chat),
        resolve: (payload) => payload.chatHandedToMe,
      }),
      chatMentions: checkedField<{ chatMentions: ChatMention }, NoArgs, ChatMention>({
        start: (_args, context) => requireStaff(context, ROLES_FOR.readChats),
        topic: (_args, context) => mentionTopic(staffIdOf(context)),
        stillAllowed: (context, { chatMentions }) =>
          chatMentions.note.mentions.some((each) => each.id === staffIdOf(context)) &&
          staffMayRead(context, ROLES_FOR.readChats, chatMentions.chat),
        resolve: (payload) => payload.chatMentions,
      }),
      offlineQuestionChanged: checkedField<
        { offlineQuestionChanged: { question: QuestionRecord } },
        NoArgs,
        { question: QuestionRecord }
      >({
        start: (_args, context) => requireStaff(context, ROLES_FOR.readChats),
        topic: (_args, context) =>
          (departmentsOf(requireStaff(context, ROLES_FOR.readChats)) ?? [...directory.departments.keys()]).map(
            questionsTopic,
          ),
        stillAllowed: (context, { offlineQuestionChanged: { question } }) => {
          const staff = identifyStaff(context);
          return (
            typeof staff === 'object' && holdsOneOf(staff.roles, ROLES_FOR.readChats) && staffMaySee(staff, question)
          );
        },
        resolve: (payload) => payload.offlineQuestionChanged,
      }),
      chatOverviewChanged: checkedField<{ chatOverviewChanged: object }, NoArgs, ReturnType<typeof overviewOf>>({
        start: (_args, context) => requireStaff(context, ROLES_FOR.superviseDesk),
        topic: () => OVERVIEW_TOPIC,
        stillAllowed: (context) => supervises(context),
        resolve: () => overviewOf(deps),
      }),
      chatFiguresChanged: checkedField<{ chatFiguresChanged: string }, NoArgs, string>({
        start: (_args, context) => requireStaff(context, ROLES_FOR.superviseDesk),
        topic: () => FIGURES_TOPIC,
        stillAllowed: (context) => supervises(context),
        resolve: (payload) => payload.chatFiguresChanged,
      }),
    },
  } as DeskSubscriptionResolvers;
}
