/**
 * The visitor's side of the reference desk, as GraphQL operations against chat's schema
 * (`libs/chat/src/schema.ts`) and identity's public `departments`. Visitors have no account:
 * every chat operation carries that chat's visitor token.
 */
import { gql } from '@urql/core';
import type { LocalizedText } from '@deskstream/ui';

export type ChatStatus = 'PENDING' | 'ACTIVE' | 'CLOSED';
export type ChatNotice = 'ACCEPTED' | 'TRANSFERRED' | 'CLOSED_BY_VISITOR' | 'CLOSED_BY_AGENT';

export interface Department {
  id: string;
  name: LocalizedText;
}

/** Whom a notice is about (the agent who joined or closed, the visitor, where the chat went). */
export interface NoticeSubject {
  kind: 'VISITOR' | 'AGENT' | 'DEPARTMENT';
  name: string;
}

export interface TranscriptEntry {
  id: string;
  kind: 'MESSAGE' | 'NOTICE';
  author: { kind: 'VISITOR' | 'AGENT' | 'SYSTEM'; name: string };
  /** Plain text exactly as typed: shown as text, never as HTML. */
  text: string;
  at: string;
  notice: ChatNotice | null;
  /** Whom the notice is about; null for messages. Notices are worded from `notice` and this, not from `text`. */
  subject: NoticeSubject | null;
}

export interface VisitorChat {
  id: string;
  status: ChatStatus;
  departmentId: string;
  visitorName: string;
  agentName: string | null;
  queuePosition: number | null;
  requestedAt: string;
  closedAt: string | null;
  closedBy: 'VISITOR' | 'AGENT' | null;
}

export type VisitorChatWithTranscript = VisitorChat & { transcript: TranscriptEntry[] };

export interface TypingIndication {
  chatId: string;
  by: 'VISITOR' | 'AGENT';
  name: string;
  typing: boolean;
  at: string;
}

const ENTRY_FIELDS = 'id kind author { kind name } text at notice subject { kind name }';
const CHAT_FIELDS = 'id status departmentId visitorName agentName queuePosition requestedAt closedAt closedBy';
const CHAT_WITH_TRANSCRIPT = `${CHAT_FIELDS} transcript { ${ENTRY_FIELDS} }`;

export const DepartmentsQuery = gql<{ departments: Department[] }, Record<string, never>>(`
  query ChatDepartments { departments { id name { fa en ja vi } } }
`);

export const ChatAvailabilityQuery = gql<{ chatAvailability: { departmentId: string; online: boolean } }, { departmentId: string }>(`
  query ChatAvailability($departmentId: ID!) { chatAvailability(departmentId: $departmentId) { departmentId online } }
`);

export const VisitorChatQuery = gql<{ visitorChat: VisitorChatWithTranscript }, { chatId: string; visitorToken: string }>(`
  query VisitorChat($chatId: ID!, $visitorToken: String!) {
    visitorChat(chatId: $chatId, visitorToken: $visitorToken) { ${CHAT_WITH_TRANSCRIPT} }
  }
`);

export interface ChatRequestInput {
  departmentId: string;
  name: string;
  email: string | null;
  question: string;
  visitorToken: string;
}

export const RequestChatMutation = gql<{ requestChat: VisitorChatWithTranscript }, { input: ChatRequestInput }>(`
  mutation RequestChat($input: ChatRequestInput!) { requestChat(input: $input) { ${CHAT_WITH_TRANSCRIPT} } }
`);

export const SendVisitorMessageMutation = gql<
  { sendVisitorMessage: TranscriptEntry },
  { chatId: string; visitorToken: string; clientMessageId: string; text: string }
>(`
  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {
    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) { ${ENTRY_FIELDS} }
  }
`);

export const CloseChatAsVisitorMutation = gql<{ closeChatAsVisitor: VisitorChatWithTranscript }, { chatId: string; visitorToken: string }>(`
  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {
    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) { ${CHAT_WITH_TRANSCRIPT} }
  }
`);

export const SetVisitorTypingMutation = gql<{ setVisitorTyping: boolean }, { chatId: string; visitorToken: string; typing: boolean }>(`
  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {
    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)
  }
`);

export interface OfflineQuestionInput {
  clientRequestId: string;
  departmentId: string;
  name: string;
  email: string;
  question: string;
}

export const AskOfflineQuestionMutation = gql<{ askOfflineQuestion: { id: string; askedAt: string } }, { input: OfflineQuestionInput }>(`
  mutation AskOfflineQuestion($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }
`);

export const EmailChatTranscriptMutation = gql<
  { emailChatTranscript: { mailId: string; to: string } },
  { chatId: string; visitorToken: string; email: string }
>(`
  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {
    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) { mailId to }
  }
`);

export const VisitorChatActivitySubscription = gql<
  { visitorChatActivity: { chat: VisitorChat; entry: TranscriptEntry } },
  { chatId: string; visitorToken: string }
>(`
  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {
    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) { chat { ${CHAT_FIELDS} } entry { ${ENTRY_FIELDS} } }
  }
`);

export const VisitorChatTypingSubscription = gql<{ visitorChatTyping: TypingIndication }, { chatId: string; visitorToken: string }>(`
  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {
    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) { chatId by name typing at }
  }
`);
