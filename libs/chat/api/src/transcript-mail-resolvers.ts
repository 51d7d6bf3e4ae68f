/**
 * `emailChatTranscript`: the chat's visitor (by their token) has the transcript mailed to the
 * email address they gave when starting the chat, and only to it, so the desk can never be made
 * to mail strangers. It counts against the address's budget for questions, since both make the
 * desk send mail; the same request again queues nothing new.
 */
import type { Actor } from '@deskstream/domain-kit';
import { checkEmail, sameEmail } from '@deskstream/chat-domain';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { chatError } from './chat-access';
import type { ChatModuleDeps } from './module-deps';
import { transcriptMail } from './transcript-mail';

export function transcriptMailResolvers(deps: ChatModuleDeps): {
  Mutation: Pick<MutationResolvers, 'emailChatTranscript'>;
} {
  const { readModel, directory, visitors, mailbox } = deps;
  return {
    Mutation: {
      emailChatTranscript: async (_root, args, context) => {
        visitors.admit(context, 'question');
        const chat = visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
        if (checkEmail(args.email.trim())) throw chatError('CHAT_EMAIL_INVALID');
        const given = chat.visitor.email;
        if (given === null || !sameEmail(given, args.email)) throw chatError('CHAT_TRANSCRIPT_EMAIL_NOT_GIVEN');
        // To the address as the visitor gave it at the start (it may predate today's address rule).
        if (checkEmail(given)) throw chatError('CHAT_EMAIL_INVALID');
        const department = directory.departments.get(chat.departmentId);
        const mail = transcriptMail(chat, given, department?.name.en ?? chat.departmentId);
        const actor: Actor = { kind: 'visitor', id: chat.id };
        const queued = await mailbox.queue(mail, `chat-transcript-mail-${mail.mailId}`, actor);
        // `exists`: this very mail is queued already, so the visitor gets what they asked for.
        if (!queued.ok && !queued.exists) throw chatError('CHAT_EMAIL_INVALID');
        return { mailId: mail.mailId, to: mail.to };
      },
    },
  };
}
