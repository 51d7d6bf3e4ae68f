/**
 * Answering a visitor's question from the console: the answer goes to the visitor by email,
 * queued in the outbox through a port the api connects (the knowledge base never imports the
 * outbox), then the question is marked answered with the answer, who wrote it, when, and the
 * mail's id. The mail id is derived from the question, so only one answer is ever queued for it;
 * a retry with the same command id finds the mail and the mark it made the first time, and an
 * answer from another command is KB_QUESTION_ALREADY_ANSWERED. For staff who may read the inbox.
 */
import { requireStaff } from '@deskstream/access';
import type { Actor } from '@deskstream/domain-kit';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { KnowledgeBaseQuestion, MutationResolvers } from '@deskstream/graphql-types';
import { checkAnswer, reject, type Editor } from '@deskstream/knowledge-base-domain';
import type { KnowledgeBaseReadModel, VisitorQuestion } from '@deskstream/knowledge-base-read-models';
import { ROLES_FOR, checkCommandId, editorOf, kbCommandError } from './access';
import type { KnowledgeBaseCommands } from './commands';

/** The outbox mail's `purpose.kind`. It names no department: the outbox shows it to supervisors and admins. */
export const KB_QUESTION_ANSWER_MAIL = 'knowledge-base-question-answer';

export interface QuestionAnswerMail {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  purpose: { kind: string; id: string };
}

/** The outbox as the knowledge base needs it. `exists`: a mail with this id was queued by another command. */
export interface KnowledgeBaseMailbox {
  queue(
    mail: QuestionAnswerMail,
    commandId: string,
    actor: Actor,
  ): Promise<{ ok: true } | { ok: false; exists: boolean; message: string }>;
}

export const questionAnswerMailId = (questionId: string) => eventIdFor(`kb-question-answer/${questionId}`, 0);

/** The first words of the question, on one line, for the subject. */
function firstWords(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max).join('').trimEnd()}…`;
}

export function questionAnswerMail(
  question: VisitorQuestion & { email: string },
  answer: string,
  by: Editor,
): QuestionAnswerMail {
  const quoted = question.question
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return {
    mailId: questionAnswerMailId(question.questionId),
    to: question.email,
    subject: `Re: ${firstWords(question.question)}`,
    text: `${question.name ? `${question.name},\n\n` : ''}${answer.trim()}\n\n— ${by.displayName}\n\n${quoted}\n`,
    purpose: { kind: KB_QUESTION_ANSWER_MAIL, id: question.questionId },
  };
}

/** A question as the schema shows it. */
export function questionView(question: VisitorQuestion): KnowledgeBaseQuestion {
  const { answer, questionId, ...asked } = question;
  return {
    ...asked,
    id: questionId,
    answer: answer ? { text: answer.answer, by: answer.by.displayName, at: answer.at, mailId: answer.mailId } : null,
  };
}

export function questionAnswerResolvers(deps: {
  readModel: KnowledgeBaseReadModel;
  commands: KnowledgeBaseCommands;
  mailbox?: KnowledgeBaseMailbox;
  now: () => Date;
}) {
  return {
    answerKnowledgeBaseQuestion: async (_root, { id, answer, commandId }, context) => {
      const staff = requireStaff(context, ROLES_FOR.answerVisitorQuestions);
      checkCommandId(commandId);
      const { inbox } = deps.readModel;
      // Whether it was answered is for the outbox and the decider to say: a retry of this very command must pass.
      const refused = checkAnswer({ ...inbox.questionState(id), answeredWith: null }, answer);
      if (refused) throw kbCommandError(refused);
      if (!deps.mailbox) throw new Error('the knowledge base has no outbox to send answers with');
      const question = inbox.question(id)!;
      const by = editorOf(staff);
      const actor: Actor = { kind: 'staff', id: staff.id };
      const mail = questionAnswerMail({ ...question, email: question.email! }, answer, by);
      const queued = await deps.mailbox.queue(mail, `kb-answer-${staff.id}-${commandId}`, actor);
      if (!queued.ok)
        throw kbCommandError(reject(queued.exists ? 'KB_QUESTION_ALREADY_ANSWERED' : 'KB_CONTACT_INVALID'));
      const outcome = await deps.commands.question(
        {
          type: 'AnswerQuestion',
          data: { questionId: id, answer, by, mailId: mail.mailId, at: deps.now().toISOString() },
        },
        `kb-answer-${staff.id}-${commandId}`,
        actor,
      );
      if (!outcome.ok) throw kbCommandError(outcome.error);
      return questionView(inbox.question(id)!);
    },
  } satisfies Pick<MutationResolvers, 'answerKnowledgeBaseQuestion'>;
}
