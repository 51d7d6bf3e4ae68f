/**
 * Internal notes in a chat, for staff only, and the colleagues a note can mention: staff who may
 * read the chat (its department's agents and supervisors, whoever holds it, supervisors and
 * admins). A mention of anyone else is refused (CHAT_MENTION_CANNOT_READ): they would be told of
 * a chat they cannot open.
 */
import { commandError } from '@deskstream/access';
import { CHAT_ERRORS, NOTE_MENTIONS_MAX, type MentionedStaff } from '@deskstream/chat-domain';
import type { ChatRecord, DeskAgent } from '@deskstream/chat-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import { ROLES_FOR, chatError, checkClientId, holdsOneOf, requireChatForStaff } from './chat-access';
import type { ChatModuleDeps } from './module-deps';

/** Whether this member of the directory may read the chat, as `staffMayRead` decides for a signed-in one. */
export function directoryMemberMayRead(agent: DeskAgent, chat: Pick<ChatRecord, 'departmentId' | 'agent'>): boolean {
  const roles = agent.roles as readonly ('AGENT' | 'SUPERVISOR' | 'ADMIN' | 'PRODUCT')[];
  if (!holdsOneOf(roles, ROLES_FOR.readChats)) return false;
  return (
    roles.includes('SUPERVISOR') ||
    roles.includes('ADMIN') ||
    agent.departmentIds.has(chat.departmentId) ||
    chat.agent?.id === agent.id
  );
}

export function noteResolvers(deps: ChatModuleDeps): {
  Query: Pick<QueryResolvers, 'chatMentionCandidates'>;
  Mutation: Pick<MutationResolvers, 'addChatNote'>;
} {
  const { readModel, directory, commands, now } = deps;
  return {
    Query: {
      chatMentionCandidates: (_root, args, context) => {
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.readChats, readModel, args.chatId);
        return [...directory.agents.values()]
          .filter((agent) => agent.id !== staff.id && directoryMemberMayRead(agent, chat))
          .map((agent) => ({ id: agent.id, name: agent.name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en'));
      },
    },
    Mutation: {
      addChatNote: async (_root, args, context) => {
        checkClientId(args.clientNoteId);
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.readChats, readModel, args.chatId);
        const ids = [...new Set(args.mentionIds ?? [])];
        if (ids.length > NOTE_MENTIONS_MAX) throw chatError('CHAT_MENTION_CANNOT_READ');
        const mentions: MentionedStaff[] = ids.map((id) => {
          const agent = directory.agents.get(id);
          if (!agent) throw chatError('CHAT_MENTION_NOT_FOUND');
          return { id: agent.id, name: agent.name, mayRead: directoryMemberMayRead(agent, chat) };
        });
        const commandId = `note-${chat.id}-${staff.id}-${args.clientNoteId}`;
        const noteId = eventIdFor(commandId, 0);
        const outcome = await commands.chat(
          {
            type: 'AddChatNote',
            data: {
              chatId: chat.id,
              author: { id: staff.id, name: staff.displayName },
              noteId,
              clientNoteId: args.clientNoteId,
              text: args.text,
              mentions,
              at: now().toISOString(),
            },
          },
          commandId,
          { kind: 'staff', id: staff.id },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return readModel.entry(chat.id, noteId)!;
      },
    },
  };
}
