/**
 * The survey page's GraphQL operations against the surveys schema
 * (`libs/feedback/api/src/surveys/surveys.graphql`): the invitation behind a secret link, and its
 * answer. No account: the link's token is the only key.
 */
import { graphql } from '../generated';
import type { SurveyInvitationFieldsFragment } from '../generated/graphql';

export type SurveyInvitationView = SurveyInvitationFieldsFragment;

graphql(`
  fragment SurveyInvitationFields on SurveyInvitation {
    kind
    question
    language
    product
    version
    answered
    rating
    comment
  }
`);

export const SurveyInvitationQuery = graphql(`
  query SurveyInvitation($token: String!) {
    surveyInvitation(token: $token) {
      ...SurveyInvitationFields
    }
  }
`);

export const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($token: String!, $rating: Int!, $comment: String) {
    answerSurvey(token: $token, rating: $rating, comment: $comment) {
      ...SurveyInvitationFields
    }
  }
`);
