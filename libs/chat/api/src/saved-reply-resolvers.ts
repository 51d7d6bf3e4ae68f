/**
 * Saved replies over GraphQL: a department's agents (and supervisors and admins) read them;
 * supervisors and admins add, revise and remove them.
 */
import { commandError, requireStaffInDepartment } from '@deskstream/access';
import { CHAT_ERRORS } from '@deskstream/chat-domain';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import { ROLES_FOR, chatError, checkClientId } from './chat-access';
import type { ChatModuleDeps } from './module-deps';

export interface SavedReplyResolvers {
  Query: Pick<QueryResolvers, 'savedReplies'>;
  Mutation: Pick<MutationResolvers, 'saveSavedReply' | 'removeSavedReply'>;
}

export function savedReplyResolvers(deps: ChatModuleDeps): SavedReplyResolvers {
  const { readModel, directory, commands, now } = deps;
  const book = readModel.savedReplies;

  const requireDepartment = (departmentId: string) => {
    if (!directory.departments.has(departmentId)) throw chatError('CHAT_DEPARTMENT_NOT_FOUND');
  };

  return {
    Query: {
      savedReplies: (_root, args, context) => {
        requireStaffInDepartment(context, ROLES_FOR.readChats, args.departmentId);
        requireDepartment(args.departmentId);
        return book.list(args.departmentId);
      },
    },
    Mutation: {
      saveSavedReply: async (_root, args, context) => {
        checkClientId(args.commandId);
        if (args.replyId != null) checkClientId(args.replyId);
        const staff = requireStaffInDepartment(context, ROLES_FOR.editSavedReplies, args.departmentId);
        requireDepartment(args.departmentId);
        const commandId = `saved-reply-${args.departmentId}-${staff.id}-${args.commandId}`;
        // A new reply's id comes from the command id, so a retried add finds the reply it made.
        const replyId = args.replyId ?? eventIdFor(commandId, 0);
        const outcome = await commands.savedReplies(
          {
            type: 'SaveSavedReply',
            data: {
              departmentId: args.departmentId,
              replyId,
              revise: args.replyId != null,
              title: args.title,
              text: args.text,
              by: { id: staff.id, name: staff.displayName },
              at: now().toISOString(),
            },
          },
          commandId,
          { kind: 'staff', id: staff.id },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        const saved = book.reply(args.departmentId, replyId);
        if (!saved) throw chatError('CHAT_SAVED_REPLY_NOT_FOUND');
        return saved;
      },
      removeSavedReply: async (_root, args, context) => {
        checkClientId(args.commandId);
        checkClientId(args.replyId);
        const staff = requireStaffInDepartment(context, ROLES_FOR.editSavedReplies, args.departmentId);
        requireDepartment(args.departmentId);
        const outcome = await commands.savedReplies(
          {
            type: 'RemoveSavedReply',
            data: {
              departmentId: args.departmentId,
              replyId: args.replyId,
              by: { id: staff.id, name: staff.displayName },
              at: now().toISOString(),
            },
          },
          `saved-reply-remove-${args.departmentId}-${staff.id}-${args.commandId}`,
          { kind: 'staff', id: staff.id },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return true;
      },
    },
  };
}
