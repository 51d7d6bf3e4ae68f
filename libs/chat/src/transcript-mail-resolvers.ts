/**
 * `emailChatTranscript`: the chat's visitor (by their token) has the transcript mailed to an
 * address of their choice. It counts against the address's budget for questions, since both
 * make the desk send mail; the same request again queues nothing new.
 */
import type { IResolvers } from 'mercurius';
import type { Actor } from '@deskstream/event-sourcing';
import type { Context } from './chat-access';
import { chatError } from './errors';
import { checkEmail } from './input-rules';
import type { ChatModuleDeps } from './module-deps';
import { transcriptMail } from './transcript-mail';

export function transcriptMailResolvers(deps: ChatModuleDeps): IResolvers {
  const { readModel, directory, visitors, mailbox } = deps;
  return {
    Mutation: {
      emailChatTranscript: async (_root, args: { chatId: string; visitorToken: string; email: string }, context: Context) => {
        visitors.admit(context, 'question');
        const chat = visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
        if (checkEmail(args.email.trim())) throw chatError('CHAT_EMAIL_INVALID');
        const department = directory.departments.get(chat.departmentId);
        const mail = transcriptMail(chat, args.email, department?.name.en ?? chat.departmentId);
        const actor: Actor = { kind: 'visitor', id: chat.id };
        const queued = await mailbox.queue(mail, `chat-transcript-mail-${mail.mailId}`, actor);
        // `exists`: this very mail is queued already, so the visitor gets what they asked for.
        if (!queued.ok && !queued.exists) throw chatError('CHAT_EMAIL_INVALID');
        return { mailId: mail.mailId, to: mail.to };
      },
    },
  };
}
