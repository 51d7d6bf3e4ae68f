/**
 * Surveys' commands: create a survey, invite people (each invitation's mail queued through the
 * outbox first, then the invitations recorded with their tokens' hashes), and take an answer from
 * a secret link; an answer with a comment then enters the triage queue as a SURVEY_ANSWER item.
 * Every id derives from what it follows, so any step repeated after a crash writes nothing twice.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '@deskstream/domain-kit';
import { CommandRunner, eventIdFor, type CommandStore, type ReadModelProgress } from '@deskstream/event-sourcing';
import {
  emptyFeedbackSource,
  quoteOf,
  surveyDecider,
  surveyLanguageOf,
  surveyStream,
  type FeedbackLocalizedText,
  type SurveyKind,
  type SurveyRejection,
  type SurveySubject,
} from '@deskstream/feedback-domain';
import type { SurveyContact, SurveyInvitationRecord, SurveysReadModel } from '@deskstream/feedback-read-models';
import type { FeedbackCommands } from '../commands';
import type { FeedbackMailbox } from '../ports';
import { SurveyLinks, invitationIdFor, invitationMailId, surveyAnswerItemId, surveyTokenHash } from './survey-links';
import { surveyMail } from './survey-mail';

export type SurveyOutcome<T = void> =
  { ok: true; value: T } | { ok: false; error: SurveyRejection | { code: string; message: string } };

export interface NewSurvey {
  surveyId: string;
  kind: SurveyKind;
  subject: SurveySubject;
  question: FeedbackLocalizedText;
  teamId: string | null;
}

const SURVEYS: Actor = { kind: 'system', id: 'feedback-surveys' };

export class SurveyCommands {
  private readonly run: CommandRunner;

  constructor(
    store: CommandStore,
    progress: ReadModelProgress,
    private readonly deps: {
      readModel: SurveysReadModel;
      links: SurveyLinks;
      mailbox?: FeedbackMailbox;
      feedback: FeedbackCommands;
      now: () => Date;
    },
  ) {
    this.run = new CommandRunner(store, progress);
  }

  /** Creates the survey (once) and invites each contact (once): mails queued, then the invitations recorded. */
  async send(survey: NewSurvey, contacts: SurveyContact[], actor: Actor): Promise<SurveyOutcome<number>> {
    const at = this.deps.now().toISOString();
    if (!this.deps.readModel.survey(survey.surveyId)) {
      const created = await this.run.run({
        streamName: surveyStream(survey.surveyId),
        decider: surveyDecider,
        command: {
          type: 'CreateSurvey',
          data: { ...survey, by: { kind: actor.kind === 'staff' ? 'staff' : 'system', id: actor.id }, at },
        },
        commandId: `survey-create/${survey.surveyId}`,
        metadata: { actor },
      });
      if (!created.ok && created.error.code !== 'FEEDBACK_SURVEY_EXISTS') return created;
    }
    const { mailbox, links } = this.deps;
    if (!mailbox)
      return { ok: false, error: { code: 'FEEDBACK_SURVEY_NO_RECIPIENTS', message: 'No outbox to mail through.' } };
    const invitations = [];
    for (const contact of contacts) {
      const invitationId = invitationIdFor(survey.surveyId, contact.email);
      const token = links.tokenFor(invitationId);
      const language = surveyLanguageOf(contact.language);
      const mailId = invitationMailId(invitationId);
      const mail = surveyMail({
        mailId,
        to: contact.email,
        language,
        kind: survey.kind,
        question: survey.question,
        link: links.url(token),
        surveyId: survey.surveyId,
      });
      const queued = await mailbox.queue(mail, `survey-mail/${invitationId}`, SURVEYS);
      if (!queued.ok && !queued.exists)
        return { ok: false, error: { code: 'FEEDBACK_SURVEY_MAIL_FAILED', message: queued.message } };
      invitations.push({
        invitationId,
        tokenHash: surveyTokenHash(token),
        customerId: contact.customerId,
        email: contact.email,
        language,
        mailId,
      });
    }
    const keys = invitations.map((invitation) => invitation.invitationId).join(',');
    const sent = await this.run.run({
      streamName: surveyStream(survey.surveyId),
      decider: surveyDecider,
      command: { type: 'SendSurveyInvitations', data: { surveyId: survey.surveyId, invitations, at } },
      commandId: `survey-invite/${survey.surveyId}/${createHash('sha256').update(keys).digest('hex')}`,
      metadata: { actor },
    });
    return sent.ok ? { ok: true, value: invitations.length } : sent;
  }

  /** An answer from a secret link; a comment also becomes a feedback item (SURVEY_ANSWER). */
  async answer(
    invitation: SurveyInvitationRecord,
    rating: number,
    comment: string | null,
    actor: Actor,
  ): Promise<SurveyOutcome> {
    const at = this.deps.now().toISOString();
    const answerKey = createHash('sha256')
      .update(`${rating}\u0000${comment?.trim() ?? ''}`)
      .digest('hex');
    const commandId = `survey-answer/${invitation.invitationId}/${answerKey}`;
    const answered = await this.run.run({
      streamName: surveyStream(invitation.surveyId),
      decider: surveyDecider,
      command: {
        type: 'AnswerSurvey',
        data: { surveyId: invitation.surveyId, invitationId: invitation.invitationId, rating, comment, at },
      },
      commandId,
      metadata: { actor },
    });
    if (!answered.ok) return answered;
    const answer = this.deps.readModel.survey(invitation.surveyId)?.invitations.get(invitation.invitationId)?.answer;
    if (!answer?.comment) return { ok: true, value: undefined };
    return this.capture(invitation, answer.comment, answer.at, eventIdFor(commandId, 0));
  }

  private async capture(
    invitation: SurveyInvitationRecord,
    comment: string,
    at: string,
    eventId: string,
  ): Promise<SurveyOutcome> {
    const survey = this.deps.readModel.survey(invitation.surveyId);
    const subject = survey?.subject;
    const ticketId = subject?.type === 'CONVERSATION' ? subject.ticketId : null;
    const captured = await this.deps.feedback.item(
      {
        type: 'CaptureFeedback',
        data: {
          itemId: surveyAnswerItemId(invitation.invitationId),
          source: {
            ...emptyFeedbackSource('SURVEY_ANSWER'),
            surveyId: invitation.surveyId,
            invitationId: invitation.invitationId,
            ticketId,
            chatId: subject?.type === 'CONVERSATION' ? subject.chatId : null,
            callId: subject?.type === 'CONVERSATION' ? subject.callId : null,
            eventId,
          },
          channel: 'SURVEY',
          text: quoteOf(comment),
          product: subject?.type === 'PRODUCT' ? subject.product : null,
          version: subject?.type === 'PRODUCT' ? subject.version : null,
          build: null,
          kind: null,
          severity: null,
          tags: [],
          reporter: {
            kind: 'CUSTOMER',
            customerId: invitation.customerId,
            ticketId,
            personal: { name: null, email: invitation.email, phone: null },
          },
          language: invitation.language,
          capturedBy: { kind: 'system', id: 'feedback-surveys' },
          at,
        },
      },
      `survey-answer-capture/${invitation.invitationId}`,
      SURVEYS,
    );
    return captured.ok ? { ok: true, value: undefined } : { ok: false, error: captured.error };
  }
}
