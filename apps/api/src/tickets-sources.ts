/**
 * The ports tickets are given to other contexts, connected in the api so that no context imports
 * another: chats and offline questions looked up in chat's read model, and knowledge-base drafts
 * started through the knowledge base's commands.
 */
import { eventIdFor } from '@deskstream/event-sourcing';
import type { ChatReadModel } from '@deskstream/chat-read-models';
import type { KnowledgeBaseCommands } from '@deskstream/knowledge-base-api';
import type { ArticleDrafts, ChatSource } from '@deskstream/tickets-api';

export function chatSource(chats: ChatReadModel): ChatSource {
  return {
    chat: (chatId) => chats.chat(chatId),
    offlineQuestion: (questionId) => chats.question(questionId),
  };
}

const KB_LOCALES = ['fa', 'en', 'ja', 'vi'] as const;

export function articleDrafts(commands: KnowledgeBaseCommands, now: () => Date = () => new Date()): ArticleDrafts {
  return {
    async draft(input, commandId, staff) {
      const articleId = eventIdFor(commandId, 0);
      const locale = (KB_LOCALES as readonly string[]).includes(input.locale) ? input.locale : 'en';
      const outcome = await commands.article(
        {
          type: 'DraftArticle',
          data: {
            articleId,
            content: {
              slug: `ticket-${articleId.slice(0, 8)}`,
              locale: locale as (typeof KB_LOCALES)[number],
              translationGroup: `ticket-${articleId.slice(0, 8)}`,
              title: input.title.slice(0, 200),
              body: input.body.slice(0, 20_000),
              products: [],
              stage: 'usage',
              errorCodes: [],
              symptoms: [],
              tags: input.tags.filter((tag) => tag.length <= 40).slice(0, 20),
            },
            by: { staffId: staff.id, displayName: staff.displayName },
            at: now().toISOString(),
          },
        },
        commandId,
        { kind: 'staff', id: staff.id },
      );
      if (outcome.ok || outcome.error.code === 'KB_ARTICLE_EXISTS') return { ok: true, articleId };
      return { ok: false, message: outcome.error.message };
    },
  };
}
