/**
 * The visitor rates their chat once, by the chat's token: a score of 1 to 5 and an optional
 * comment, after an agent answered it (also once the agent closed it).
 */
import { commandError } from '@deskstream/access';
import { CHAT_ERRORS } from '@deskstream/chat-domain';
import type { MutationResolvers } from '@deskstream/graphql-types';
import type { ChatModuleDeps } from './module-deps';
import { visitorChatView } from './views';

export function ratingResolvers(deps: ChatModuleDeps): { Mutation: Pick<MutationResolvers, 'rateChat'> } {
  const { readModel, commands, visitors, now } = deps;
  return {
    Mutation: {
      rateChat: async (_root, { input }, context) => {
        visitors.admit(context, 'message');
        const chat = visitors.requireOwnChat(readModel, input.chatId, input.visitorToken);
        const outcome = await commands.chat(
          {
            type: 'RateChat',
            data: {
              chatId: chat.id,
              visitorTokenHash: chat.visitorTokenHash,
              score: input.score,
              comment: input.comment ?? null,
              at: now().toISOString(),
            },
          },
          // Once per chat: the decider tells a repeat (nothing new) from a different rating (refused).
          `rate-${chat.id}-${input.score}-${(input.comment ?? '').trim().length}`,
          { kind: 'visitor', id: chat.id },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return visitorChatView(readModel.chat(chat.id)!, readModel);
      },
    },
  };
}
