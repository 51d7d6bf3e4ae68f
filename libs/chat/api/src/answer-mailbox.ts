/**
 * Answering an offline question by email: the answer is queued in the outbox (through this
 * port, which the api connects to the outbox; chat never imports it), then the question is
 * marked answered with who answered, when, and the mail's id. The mail id is derived from the
 * question, so only one answer can ever be queued for it; a retry with the same command id
 * finds the mail and the mark it made the first time.
 */
import { CHAT_MAIL_PURPOSES, checkMessage, reject, type ChatRejection, type StaffRef } from '@deskstream/chat-domain';
import type { QuestionRecord } from '@deskstream/chat-read-models';
import type { Actor, ConflictError } from '@deskstream/event-sourcing';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { ChatCommands } from './commands';
import { answerMailText, type DeskMailSettings, type Names } from './answer-mail-wording';

export interface MailToSend {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  /**
   * What the mail is about: its kind (`CHAT_MAIL_PURPOSES`), the question's or chat's id, and the
   * department it belongs to when queued, so the outbox shows it to that department's staff only.
   */
  purpose: { kind: string; id: string; departmentId: string };
}

/** The outbox as chat needs it. `exists`: a mail with this id was queued by another command. */
export interface AnswerMailbox {
  queue(
    mail: MailToSend,
    commandId: string,
    actor: Actor,
  ): Promise<{ ok: true } | { ok: false; exists: boolean; message: string }>;
}

export const answerMailId = (questionId: string) => eventIdFor(`offline-question-answer/${questionId}`, 0);

/** Where the desk's mail gets its wording: the desk's language and names, and each department's names. */
export interface AnswerMailContext {
  settings: DeskMailSettings;
  departmentNames(departmentId: string): Names | undefined;
}

export const DEFAULT_MAIL_CONTEXT: AnswerMailContext = { settings: { locale: 'en' }, departmentNames: () => undefined };

export function answerMail(
  question: QuestionRecord,
  answer: string,
  by: StaffRef,
  context: AnswerMailContext = DEFAULT_MAIL_CONTEXT,
): MailToSend {
  const text = answerMailText({
    locale: question.locale,
    settings: context.settings,
    visitorName: question.visitor.name,
    answer,
    agentName: by.name,
    departmentNames: context.departmentNames(question.departmentId),
    departmentId: question.departmentId,
    question: question.question,
  });
  return {
    mailId: answerMailId(question.id),
    to: question.visitor.email,
    subject: `Re: ${question.firstWords}`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    text,
    purpose: { kind: CHAT_MAIL_PURPOSES.offlineQuestionAnswer, id: question.id, departmentId: question.departmentId },
  };
}

export async function answerByEmail(
  deps: { commands: ChatCommands; mailbox: AnswerMailbox; mailContext?: AnswerMailContext },
  question: QuestionRecord,
  answer: string,
  by: StaffRef,
  commandId: string,
  at: string,
): Promise<{ ok: true } | { ok: false; error: ChatRejection | ConflictError }> {
  const invalid = checkMessage(answer);
  if (invalid) return { ok: false, error: invalid };
  const actor: Actor = { kind: 'staff', id: by.id };
  const mail = answerMail(question, answer, by, deps.mailContext);
  const queued = await deps.mailbox.queue(mail, commandId, actor);
  if (!queued.ok)
    return {
      ok: false,
      error: queued.exists ? reject('CHAT_QUESTION_ALREADY_ANSWERED') : reject('CHAT_EMAIL_INVALID'),
    };
  const marked = await deps.commands.question(
    { type: 'AnswerOfflineQuestion', data: { questionId: question.id, by, answer, mailId: mail.mailId, at } },
    commandId,
    actor,
  );
  return marked.ok ? { ok: true } : marked;
}
