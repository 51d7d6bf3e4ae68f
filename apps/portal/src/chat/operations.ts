/**
 * The visitor's side of the reference desk, as GraphQL operations against chat's schema
 * (`libs/chat/api/src/schema.graphql`) and identity's public `departments`. Visitors have no
 * account: every chat operation carries that chat's visitor token. Types are generated from
 * these documents (`npm run codegen`).
 */
import { graphql } from '../generated';
import type {
  ChatDepartmentsQuery,
  VisitorChatFieldsFragment,
  VisitorChatRatingFragment,
  VisitorChatWithTranscriptFragment,
  VisitorEntryFieldsFragment,
} from '../generated/graphql';

export type TranscriptEntry = VisitorEntryFieldsFragment;
export type VisitorChat = VisitorChatFieldsFragment;
export type VisitorChatWithTranscript = VisitorChatWithTranscriptFragment;
export type ChatStatus = VisitorChat['status'];
export type ChatRating = VisitorChatRatingFragment;
export type Department = ChatDepartmentsQuery['departments'][number];

graphql(`
  fragment VisitorEntryFields on TranscriptEntry {
    id
    kind
    author { kind name }
    text
    at
    notice
    subject { kind name }
    clientMessageId
  }
`);

graphql(`
  fragment VisitorChatRating on ChatRating {
    score
    good
    comment
    ratedAt
  }
`);

graphql(`
  fragment VisitorChatFields on VisitorChat {
    id
    status
    departmentId
    visitorName
    agentName
    queuePosition
    requestedAt
    closedAt
    closedBy
    rating { ...VisitorChatRating }
    canRate
  }
`);

graphql(`
  fragment VisitorChatWithTranscript on VisitorChat {
    ...VisitorChatFields
    transcript { ...VisitorEntryFields }
  }
`);

export const DepartmentsQuery = graphql(`
  query ChatDepartments { departments { id name { fa en ja vi } } }
`);

export const ChatAvailabilityQuery = graphql(`
  query ChatAvailability($departmentId: ID!) { chatAvailability(departmentId: $departmentId) { departmentId online } }
`);

export const VisitorChatQuery = graphql(`
  query VisitorChat($chatId: ID!, $visitorToken: String!) {
    visitorChat(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }
  }
`);

export const RequestChatMutation = graphql(`
  mutation RequestChat($input: ChatRequestInput!) { requestChat(input: $input) { ...VisitorChatWithTranscript } }
`);

export const SendVisitorMessageMutation = graphql(`
  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {
    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) { ...VisitorEntryFields }
  }
`);

export const CloseChatAsVisitorMutation = graphql(`
  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {
    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }
  }
`);

export const SetVisitorTypingMutation = graphql(`
  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {
    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)
  }
`);

export const RateChatMutation = graphql(`
  mutation RateChat($input: ChatRatingInput!) { rateChat(input: $input) { ...VisitorChatFields } }
`);

export const AskOfflineQuestionMutation = graphql(`
  mutation AskOfflineQuestion($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }
`);

export const EmailChatTranscriptMutation = graphql(`
  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {
    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) { mailId to }
  }
`);

export const VisitorChatActivitySubscription = graphql(`
  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {
    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) { chat { ...VisitorChatFields } entry { ...VisitorEntryFields } }
  }
`);

export const VisitorChatTypingSubscription = graphql(`
  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {
    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) { chatId by name typing at }
  }
`);
