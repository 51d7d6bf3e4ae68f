/**
 * After a ticket is solved or a call wrapped up with an email to write to, a short satisfaction
 * survey is mailed once per conversation (its survey id derives from the conversation, so several
 * api processes, or a restart, write it once). Conversations finished while no api ran, more than
 * `graceMs` before this one started, get none: the demo's and an import's history are not mailed.
 */
import type { Actor } from '@deskstream/domain-kit';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { SATISFACTION_QUESTION } from '@deskstream/feedback-domain';
import type { FinishedConversation, SurveysReadModel } from '@deskstream/feedback-read-models';
import type { SurveyCommands } from './survey-commands';
import { satisfactionSurveyId } from './survey-links';

const MAILER: Actor = { kind: 'system', id: 'feedback-satisfaction-surveys' };
const RETRY_MS = 5_000;

export class SatisfactionMailer {
  private next = 0;
  private running = false;
  private again = false;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;
  private readonly since: number;

  constructor(
    private readonly deps: {
      readModel: SurveysReadModel;
      commands: SurveyCommands;
      now: () => Date;
      graceMs?: number;
      log?: { error(details: object, message: string): void };
    },
  ) {
    this.since = deps.now().getTime() - (deps.graceMs ?? 10 * 60 * 1000);
  }

  /** Once the read models have caught up: a pass now and after every change of the surveys read model. */
  start(runner: Pick<ProjectionRunner, 'onChange'>): void {
    this.stopListening = runner.onChange((change) => {
      if (change.projection === 'feedback-surveys') this.kick();
    });
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    this.stopListening?.();
    clearTimeout(this.retry);
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.pass().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async pass(): Promise<void> {
    const finished = this.deps.readModel.contacts.finished;
    while (this.next < finished.length && !this.stopped) {
      const conversation = finished[this.next]!;
      try {
        await this.survey(conversation);
      } catch (error) {
        this.deps.log?.error({ err: error, conversation }, 'mailing a satisfaction survey failed; retrying');
        this.retry = setTimeout(() => this.kick(), RETRY_MS);
        return;
      }
      this.next++;
    }
  }

  private async survey(conversation: FinishedConversation): Promise<void> {
    if (Date.parse(conversation.at) < this.since) return;
    const { readModel, commands } = this.deps;
    const surveyId = satisfactionSurveyId(conversation.kind, conversation.id);
    if ((readModel.survey(surveyId)?.invitations.size ?? 0) > 0) return;
    const contact =
      conversation.kind === 'TICKET'
        ? readModel.contacts.ticketContact(conversation.id)
        : readModel.contacts.callContact(conversation.id);
    if (!contact) return;
    const subject =
      conversation.kind === 'TICKET'
        ? { type: 'CONVERSATION' as const, chatId: null, ticketId: conversation.id, callId: null }
        : { type: 'CONVERSATION' as const, chatId: null, ticketId: null, callId: conversation.id };
    const outcome = await commands.send(
      { surveyId, kind: 'SATISFACTION', subject, question: SATISFACTION_QUESTION, teamId: null },
      [contact],
      MAILER,
    );
    if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  }
}
