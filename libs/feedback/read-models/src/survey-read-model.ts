/**
 * Surveys as the api reads them: each survey and its invitations (found by the hash of the
 * link's token), answers, and what the satisfaction mailer and product surveys need from other
 * contexts' events: tickets solved and calls wrapped up with an email to write to (the ticket's
 * requester's; for a call, its ticket's requester or the customer whose phone it was), and the
 * customers registered for a product with their emails and language.
 */
import type { CallEvent } from '@deskstream/calls-domain';
import type { CatalogueEvent, CustomerEvent, RegistrationEvent } from '@deskstream/customers-domain';
import type { FeedbackLanguage, SurveyEvent, SurveyKind, SurveySubject } from '@deskstream/feedback-domain';
import type { TicketOpened, TicketStatusChanged } from '@deskstream/tickets-domain';
import { SurveyContacts } from './survey-contacts';

export interface SurveyInvitationRecord {
  surveyId: string;
  invitationId: string;
  tokenHash: string;
  customerId: string | null;
  email: string;
  language: FeedbackLanguage;
  sentAt: string;
  answer: { rating: number; comment: string | null; at: string } | null;
}

export interface SurveyRecord {
  surveyId: string;
  kind: SurveyKind;
  subject: SurveySubject;
  question: Record<FeedbackLanguage, string>;
  teamId: string | null;
  createdAt: string;
  invitations: Map<string, SurveyInvitationRecord>;
}

export type SurveyReadModelEvent =
  SurveyEvent | TicketOpened | TicketStatusChanged | CallEvent | CustomerEvent | RegistrationEvent | CatalogueEvent;

export class SurveysReadModel {
  readonly surveys = new Map<string, SurveyRecord>();
  readonly contacts = new SurveyContacts();
  private readonly byToken = new Map<string, SurveyInvitationRecord>();
  /** Changes applied: the satisfaction mailer looks again when it moves. */
  version = 0;

  survey(surveyId: string): SurveyRecord | undefined {
    return this.surveys.get(surveyId);
  }

  invitationByTokenHash(tokenHash: string): SurveyInvitationRecord | undefined {
    return this.byToken.get(tokenHash);
  }

  /** A team's product surveys, newest first. */
  productSurveys(teamId: string | null): SurveyRecord[] {
    return [...this.surveys.values()]
      .filter((survey) => survey.kind === 'PRODUCT' && (teamId === null || survey.teamId === teamId))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.surveyId.localeCompare(b.surveyId));
  }

  apply(event: SurveyReadModelEvent): boolean {
    const changed = this.fold(event);
    if (changed) this.version++;
    return changed;
  }

  private fold(event: SurveyReadModelEvent): boolean {
    switch (event.type) {
      case 'SurveyCreated':
        this.surveys.set(event.data.surveyId, {
          surveyId: event.data.surveyId,
          kind: event.data.kind,
          subject: event.data.subject,
          question: event.data.question,
          teamId: event.data.teamId,
          createdAt: event.data.at,
          invitations: new Map(),
        });
        return true;
      case 'SurveyInvitationSent': {
        const survey = this.surveys.get(event.data.surveyId);
        if (!survey) return false;
        const invitation: SurveyInvitationRecord = {
          surveyId: event.data.surveyId,
          invitationId: event.data.invitationId,
          tokenHash: event.data.tokenHash,
          customerId: event.data.customerId,
          email: event.data.personal.email,
          language: event.data.language,
          sentAt: event.data.at,
          answer: null,
        };
        survey.invitations.set(invitation.invitationId, invitation);
        this.byToken.set(invitation.tokenHash, invitation);
        return true;
      }
      case 'SurveyAnswered': {
        const invitation = this.surveys.get(event.data.surveyId)?.invitations.get(event.data.invitationId);
        if (!invitation) return false;
        invitation.answer = { rating: event.data.rating, comment: event.data.comment, at: event.data.at };
        return true;
      }
      default:
        return this.contacts.apply(event);
    }
  }
}
