import { graphql } from '../generated';

/** The chat desk's operations (chat's GraphQL module); their types are generated from the schema. */

/** A chat without its transcript: what queues, pushes and lists carry. */
graphql(`
  fragment ChatSummaryFields on Chat {
    id
    status
    departmentId
    visitor { name email }
    firstWords
    requestedAt
    waitingSince
    acceptedAt
    closedAt
    closedBy
    closeReason
    agent { id name }
    rating { score good comment ratedAt }
  }
`);

graphql(`
  fragment TranscriptEntryFields on TranscriptEntry {
    id
    kind
    author { kind id name }
    text
    at
    notice
    subject { kind id name }
    staffNote
    clientMessageId
    mentions { id name }
  }
`);

graphql(`
  fragment ChatWithTranscriptFields on Chat {
    ...ChatSummaryFields
    transcript { ...TranscriptEntryFields }
  }
`);

graphql(`
  fragment OfflineQuestionFields on OfflineQuestion {
    id
    departmentId
    visitor { name email }
    question
    firstWords
    askedAt
    status
    answeredBy { id name }
    answer
    answeredAt
    mailId
  }
`);

graphql(`
  fragment SavedReplyFields on SavedReply {
    id
    departmentId
    title
    text
    updatedAt
    updatedBy { id name }
  }
`);

export const ChatDepartmentsQuery = graphql(`
  query ChatDepartments { departments { ...DepartmentFields } }
`);

export const PendingChatsQuery = graphql(`
  query PendingChats { pendingChats { ...ChatSummaryFields } }
`);

export const ChatQueueChangedSubscription = graphql(`
  subscription ChatQueueChanged { chatQueueChanged { departmentId chats { ...ChatSummaryFields } } }
`);

export const MyChatsQuery = graphql(`
  query MyChats { myChats { ...ChatWithTranscriptFields } }
`);

export const ChatQuery = graphql(`
  query Chat($id: ID!) { chat(id: $id) { ...ChatWithTranscriptFields } }
`);

export const AcceptChatMutation = graphql(`
  mutation AcceptChat($chatId: ID!) { acceptChat(chatId: $chatId) { ...ChatWithTranscriptFields } }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($chatId: ID!, $clientMessageId: ID!, $text: String!) {
    sendMessage(chatId: $chatId, clientMessageId: $clientMessageId, text: $text) { ...TranscriptEntryFields }
  }
`);

export const TransferChatMutation = graphql(`
  mutation TransferChat($chatId: ID!, $to: TransferTargetInput!, $note: String, $commandId: ID!) {
    transferChat(chatId: $chatId, to: $to, note: $note, commandId: $commandId) { ...ChatSummaryFields }
  }
`);

export const CloseChatMutation = graphql(`
  mutation CloseChat($chatId: ID!, $reason: String!, $commandId: ID!) {
    closeChat(chatId: $chatId, reason: $reason, commandId: $commandId) { ...ChatSummaryFields }
  }
`);

export const SetTypingMutation = graphql(`
  mutation SetTyping($chatId: ID!, $typing: Boolean!) { setTyping(chatId: $chatId, typing: $typing) }
`);

export const ChatActivitySubscription = graphql(`
  subscription ChatActivity($chatId: ID!) {
    chatActivity(chatId: $chatId) { chat { ...ChatSummaryFields } entry { ...TranscriptEntryFields } }
  }
`);

export const ChatTypingSubscription = graphql(`
  subscription ChatTyping($chatId: ID!) { chatTyping(chatId: $chatId) { chatId by name typing at } }
`);

export const OfflineQuestionsQuery = graphql(`
  query OfflineQuestions($status: OfflineQuestionStatus) { offlineQuestions(status: $status) { ...OfflineQuestionFields } }
`);

export const AnswerOfflineQuestionMutation = graphql(`
  mutation AnswerOfflineQuestion($questionId: ID!, $answer: String!, $commandId: ID!) {
    answerOfflineQuestion(questionId: $questionId, answer: $answer, commandId: $commandId) { ...OfflineQuestionFields }
  }
`);

export const VisitorHistoryQuery = graphql(`
  query VisitorHistory($email: String!) {
    visitorHistory(email: $email) { email chats { ...ChatSummaryFields } questions { ...OfflineQuestionFields } }
  }
`);

export const SavedRepliesQuery = graphql(`
  query SavedReplies($departmentId: ID!) { savedReplies(departmentId: $departmentId) { ...SavedReplyFields } }
`);

export const SaveSavedReplyMutation = graphql(`
  mutation SaveSavedReply($departmentId: ID!, $replyId: ID, $title: String!, $text: String!, $commandId: ID!) {
    saveSavedReply(departmentId: $departmentId, replyId: $replyId, title: $title, text: $text, commandId: $commandId) {
      ...SavedReplyFields
    }
  }
`);

export const RemoveSavedReplyMutation = graphql(`
  mutation RemoveSavedReply($departmentId: ID!, $replyId: ID!, $commandId: ID!) {
    removeSavedReply(departmentId: $departmentId, replyId: $replyId, commandId: $commandId)
  }
`);

export const ChatHandedToMeSubscription = graphql(`
  subscription ChatHandedToMe { chatHandedToMe { chat { ...ChatSummaryFields } by { id name } note } }
`);

export const ChatMentionsSubscription = graphql(`
  subscription ChatMentions { chatMentions { chatId departmentId visitorName by { id name } note { ...TranscriptEntryFields } } }
`);

export const OfflineQuestionChangedSubscription = graphql(`
  subscription OfflineQuestionChanged { offlineQuestionChanged { question { ...OfflineQuestionFields } } }
`);

export const AddChatNoteMutation = graphql(`
  mutation AddChatNote($chatId: ID!, $clientNoteId: ID!, $text: String!, $mentionIds: [ID!]) {
    addChatNote(chatId: $chatId, clientNoteId: $clientNoteId, text: $text, mentionIds: $mentionIds) { ...TranscriptEntryFields }
  }
`);

export const ChatMentionCandidatesQuery = graphql(`
  query ChatMentionCandidates($chatId: ID!) { chatMentionCandidates(chatId: $chatId) { id name } }
`);

export const ChatArchiveQuery = graphql(`
  query ChatArchive($filter: ChatArchiveFilter, $offset: Int, $limit: Int) {
    chatArchive(filter: $filter, offset: $offset, limit: $limit) { total nextOffset hits { excerpt chat { ...ChatSummaryFields } } }
  }
`);
