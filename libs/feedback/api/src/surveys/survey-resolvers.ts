/**
 * Surveys' GraphQL: the secret link's invitation and answer (anyone holding the link, limited per
 * address), product surveys a team mails to the registered users of its product, and the list of
 * product surveys with their answers so far.
 */
import {
  FloodGuard,
  commandError,
  requireStaff,
  userError,
  type AccessContext,
  type SignedInStaff,
} from '@deskstream/access';
import {
  SURVEY_ERRORS,
  SURVEY_LIMITS,
  cleanComment,
  commentIsValid,
  ratingIsValid,
  type SurveyErrorReason,
} from '@deskstream/feedback-domain';
import type {
  ReportHolder,
  SurveyInvitationRecord,
  SurveyRecord,
  SurveysReadModel,
} from '@deskstream/feedback-read-models';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import type { SurveyCommands } from './survey-commands';
import { productSurveyId, surveyTokenHash } from './survey-links';

export const SURVEY_FLOOD_LIMITS = { surveyLink: { max: 30, windowMs: 60_000 } };

const surveyError = (reason: SurveyErrorReason) => userError(SURVEY_ERRORS, reason);

export function invitationView(readModel: SurveysReadModel, invitation: SurveyInvitationRecord) {
  const survey = readModel.survey(invitation.surveyId)!;
  const subject = survey.subject;
  return {
    kind: survey.kind,
    question: survey.question[invitation.language],
    language: invitation.language,
    product: subject.type === 'PRODUCT' ? subject.product : null,
    version: subject.type === 'PRODUCT' ? subject.version : null,
    answered: invitation.answer !== null,
    rating: invitation.answer?.rating ?? null,
    comment: invitation.answer?.comment ?? null,
  };
}

export function productSurveyView(survey: SurveyRecord) {
  const answers = [...survey.invitations.values()].flatMap((invitation) =>
    invitation.answer ? [invitation.answer.rating] : [],
  );
  const sum = answers.reduce((total, rating) => total + rating, 0);
  return {
    id: survey.surveyId,
    teamId: survey.teamId,
    product: survey.subject.type === 'PRODUCT' ? survey.subject.product : '',
    version: survey.subject.type === 'PRODUCT' ? survey.subject.version : null,
    question: survey.question,
    createdAt: survey.createdAt,
    invitations: survey.invitations.size,
    answers: answers.length,
    average: answers.length === 0 ? null : Math.round((sum / answers.length) * 100) / 100,
  };
}

export function surveyResolvers(deps: {
  readModel: SurveysReadModel;
  report: ReportHolder;
  commands: SurveyCommands;
  now: () => Date;
}) {
  const { readModel, report, commands } = deps;
  const flood = new FloodGuard(SURVEY_FLOOD_LIMITS);
  const link = (token: string, context: AccessContext) => {
    if (!flood.allow('surveyLink', context.clientAddress ?? 'unknown', deps.now().getTime()))
      throw surveyError('FEEDBACK_SURVEY_RATE_LIMITED');
    if (token.length > 200) return undefined;
    return readModel.invitationByTokenHash(surveyTokenHash(token));
  };
  const teamsOf = (staff: SignedInStaff) =>
    [...report.current.facts.teams.values()].filter((team) => team.members.has(staff.id)).map((team) => team.id);

  const Query: Pick<QueryResolvers, 'surveyInvitation' | 'productSurveys'> = {
    surveyInvitation: (_root, { token }, context) => {
      const invitation = link(token, context);
      return invitation ? (invitationView(readModel, invitation) as never) : null;
    },
    productSurveys: (_root, { teamId }, context) => {
      const staff = requireStaff(context, ['PRODUCT', 'SUPERVISOR', 'ADMIN']);
      const seesAll = staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');
      const teams = seesAll ? null : new Set(teamsOf(staff));
      return readModel
        .productSurveys(teamId ?? null)
        .filter((survey) => teams === null || (survey.teamId !== null && teams.has(survey.teamId)))
        .map(productSurveyView) as never;
    },
  };

  const Mutation: Pick<MutationResolvers, 'answerSurvey' | 'sendProductSurvey'> = {
    answerSurvey: async (_root, { token, rating, comment }, context) => {
      const invitation = link(token, context);
      if (!invitation) throw surveyError('FEEDBACK_SURVEY_NOT_FOUND');
      if (!ratingIsValid(rating)) throw surveyError('FEEDBACK_SURVEY_RATING_INVALID');
      const cleaned = cleanComment(comment);
      if (!commentIsValid(cleaned)) throw surveyError('FEEDBACK_SURVEY_COMMENT_TOO_LONG');
      const outcome = await commands.answer(invitation, rating, cleaned, {
        kind: 'visitor',
        id: invitation.invitationId,
      });
      if (!outcome.ok) throw commandError(SURVEY_ERRORS, outcome.error as never);
      return invitationView(readModel, readModel.invitationByTokenHash(invitation.tokenHash)!) as never;
    },
    sendProductSurvey: async (_root, { input }, context) => {
      const staff = requireStaff(context, ['PRODUCT', 'ADMIN']);
      const team = report.current.facts.teams.get(input.teamId);
      if (!team) throw surveyError('FEEDBACK_SURVEY_TEAM_NOT_FOUND');
      if (!staff.roles.includes('ADMIN') && !team.members.has(staff.id))
        throw surveyError('FEEDBACK_SURVEY_TEAM_REQUIRED');
      const product = input.product.trim();
      if (!readModel.contacts.products.has(product)) throw surveyError('FEEDBACK_SURVEY_PRODUCT_NOT_FOUND');
      if (!team.products.has(product)) throw surveyError('FEEDBACK_SURVEY_TEAM_REQUIRED');
      const version = input.version?.trim() || null;
      const contacts = readModel.contacts.registeredContacts(product, version);
      if (contacts.length === 0) throw surveyError('FEEDBACK_SURVEY_NO_RECIPIENTS');
      if (contacts.length > SURVEY_LIMITS.invitationsPerSurvey)
        throw surveyError('FEEDBACK_SURVEY_TOO_MANY_RECIPIENTS');
      const surveyId = productSurveyId(team.id, input.commandId);
      const outcome = await commands.send(
        {
          surveyId,
          kind: 'PRODUCT',
          subject: { type: 'PRODUCT', product, version },
          question: { ...input.question },
          teamId: team.id,
        },
        contacts,
        { kind: 'staff', id: staff.id },
      );
      if (!outcome.ok) throw commandError(SURVEY_ERRORS, outcome.error as never);
      return productSurveyView(readModel.survey(surveyId)!) as never;
    },
  };
  return { Query, Mutation };
}
