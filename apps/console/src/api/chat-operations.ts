import { gql } from '@urql/core';
import type { Department } from './contract';
import type {
  ChatActivity,
  ChatSummary,
  ChatWithTranscript,
  OfflineQuestion,
  OfflineQuestionStatus,
  PendingQueue,
  SavedReply,
  TranscriptEntry,
  TransferTarget,
  TypingIndication,
  VisitorHistory,
} from './chat-contract';

/** The chat desk's operations (chat's GraphQL module), written against `chat-contract.ts`. */

export const CHAT_SUMMARY_FIELDS = `
  id status departmentId
  visitor { name email }
  firstWords requestedAt waitingSince acceptedAt closedAt closedBy closeReason
  agent { id name }
`;

export const TRANSCRIPT_ENTRY_FIELDS = `
  id kind author { kind id name } text at notice subject { kind id name } staffNote
`;

const CHAT_FIELDS = `${CHAT_SUMMARY_FIELDS} transcript { ${TRANSCRIPT_ENTRY_FIELDS} }`;

const QUESTION_FIELDS = `
  id departmentId visitor { name email } question firstWords askedAt status
  answeredBy { id name } answer answeredAt mailId
`;

const SAVED_REPLY_FIELDS = 'id departmentId title text updatedAt updatedBy { id name }';

type None = Record<string, never>;

export const ChatDepartmentsQuery = gql<{ departments: Department[] }, None>(`
  query ChatDepartments { departments { id name { fa en ja vi } } }
`);

export const PendingChatsQuery = gql<{ pendingChats: ChatSummary[] }, None>(`
  query PendingChats { pendingChats { ${CHAT_SUMMARY_FIELDS} } }
`);

export const ChatQueueChangedSubscription = gql<{ chatQueueChanged: PendingQueue }, None>(`
  subscription ChatQueueChanged { chatQueueChanged { departmentId chats { ${CHAT_SUMMARY_FIELDS} } } }
`);

export const MyChatsQuery = gql<{ myChats: ChatWithTranscript[] }, None>(`
  query MyChats { myChats { ${CHAT_FIELDS} } }
`);

export const ChatQuery = gql<{ chat: ChatWithTranscript }, { id: string }>(`
  query Chat($id: ID!) { chat(id: $id) { ${CHAT_FIELDS} } }
`);

export const AcceptChatMutation = gql<{ acceptChat: ChatWithTranscript }, { chatId: string }>(`
  mutation AcceptChat($chatId: ID!) { acceptChat(chatId: $chatId) { ${CHAT_FIELDS} } }
`);

export const SendMessageMutation = gql<{ sendMessage: TranscriptEntry }, { chatId: string; clientMessageId: string; text: string }>(`
  mutation SendMessage($chatId: ID!, $clientMessageId: ID!, $text: String!) {
    sendMessage(chatId: $chatId, clientMessageId: $clientMessageId, text: $text) { ${TRANSCRIPT_ENTRY_FIELDS} }
  }
`);

export const TransferChatMutation = gql<{ transferChat: ChatSummary }, { chatId: string; to: TransferTarget; note: string | null; commandId: string }>(`
  mutation TransferChat($chatId: ID!, $to: TransferTargetInput!, $note: String, $commandId: ID!) {
    transferChat(chatId: $chatId, to: $to, note: $note, commandId: $commandId) { ${CHAT_SUMMARY_FIELDS} }
  }
`);

export const CloseChatMutation = gql<{ closeChat: ChatSummary }, { chatId: string; reason: string; commandId: string }>(`
  mutation CloseChat($chatId: ID!, $reason: String!, $commandId: ID!) {
    closeChat(chatId: $chatId, reason: $reason, commandId: $commandId) { ${CHAT_SUMMARY_FIELDS} }
  }
`);

export const SetTypingMutation = gql<{ setTyping: boolean }, { chatId: string; typing: boolean }>(`
  mutation SetTyping($chatId: ID!, $typing: Boolean!) { setTyping(chatId: $chatId, typing: $typing) }
`);

export const ChatActivitySubscription = gql<{ chatActivity: ChatActivity }, { chatId: string }>(`
  subscription ChatActivity($chatId: ID!) {
    chatActivity(chatId: $chatId) { chat { ${CHAT_SUMMARY_FIELDS} } entry { ${TRANSCRIPT_ENTRY_FIELDS} } }
  }
`);

export const ChatTypingSubscription = gql<{ chatTyping: TypingIndication }, { chatId: string }>(`
  subscription ChatTyping($chatId: ID!) { chatTyping(chatId: $chatId) { chatId by name typing at } }
`);

export const OfflineQuestionsQuery = gql<{ offlineQuestions: OfflineQuestion[] }, { status: OfflineQuestionStatus | null }>(`
  query OfflineQuestions($status: OfflineQuestionStatus) { offlineQuestions(status: $status) { ${QUESTION_FIELDS} } }
`);

export const AnswerOfflineQuestionMutation = gql<{ answerOfflineQuestion: OfflineQuestion }, { questionId: string; answer: string; commandId: string }>(`
  mutation AnswerOfflineQuestion($questionId: ID!, $answer: String!, $commandId: ID!) {
    answerOfflineQuestion(questionId: $questionId, answer: $answer, commandId: $commandId) { ${QUESTION_FIELDS} }
  }
`);

export const VisitorHistoryQuery = gql<{ visitorHistory: VisitorHistory }, { email: string }>(`
  query VisitorHistory($email: String!) {
    visitorHistory(email: $email) { email chats { ${CHAT_SUMMARY_FIELDS} } questions { ${QUESTION_FIELDS} } }
  }
`);

export const SavedRepliesQuery = gql<{ savedReplies: SavedReply[] }, { departmentId: string }>(`
  query SavedReplies($departmentId: ID!) { savedReplies(departmentId: $departmentId) { ${SAVED_REPLY_FIELDS} } }
`);

export const SaveSavedReplyMutation = gql<
  { saveSavedReply: SavedReply },
  { departmentId: string; replyId: string | null; title: string; text: string; commandId: string }
>(`
  mutation SaveSavedReply($departmentId: ID!, $replyId: ID, $title: String!, $text: String!, $commandId: ID!) {
    saveSavedReply(departmentId: $departmentId, replyId: $replyId, title: $title, text: $text, commandId: $commandId) { ${SAVED_REPLY_FIELDS} }
  }
`);

export const RemoveSavedReplyMutation = gql<{ removeSavedReply: boolean }, { departmentId: string; replyId: string; commandId: string }>(`
  mutation RemoveSavedReply($departmentId: ID!, $replyId: ID!, $commandId: ID!) {
    removeSavedReply(departmentId: $departmentId, replyId: $replyId, commandId: $commandId)
  }
`);
