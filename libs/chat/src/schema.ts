/**
 * Chat's part of the GraphQL schema: visitors (authorised by their chat's visitor token),
 * agents (by role and department) and supervisors. The widget and the console are built
 * against exactly this contract. Message text is plain text as typed: clients render it as
 * text (or their own safe formatting), never as HTML.
 */
export const chatTypeDefs = /* GraphQL */ `
  enum ChatStatus {
    PENDING
    ACTIVE
    CLOSED
  }

  enum TranscriptEntryKind {
    MESSAGE
    NOTICE
  }

  enum TranscriptAuthorKind {
    VISITOR
    AGENT
    SYSTEM
  }

  enum ChatNotice {
    ACCEPTED
    TRANSFERRED
    CLOSED_BY_VISITOR
    CLOSED_BY_AGENT
  }

  enum ChatClosedBy {
    VISITOR
    AGENT
  }

  enum OfflineQuestionStatus {
    WAITING
    ANSWERED
  }

  enum NoticeSubjectKind {
    VISITOR
    AGENT
    DEPARTMENT
  }

  "Whom a notice is about, so a client can word the notice in its reader's language."
  type NoticeSubject {
    kind: NoticeSubjectKind!
    "The agent's or the department's id; null for the visitor."
    id: ID
    "The name as the notice's English text gives it (a department by its English name)."
    name: String!
  }

  type TranscriptAuthor {
    kind: TranscriptAuthorKind!
    id: ID
    name: String!
  }

  type TranscriptEntry {
    id: ID!
    kind: TranscriptEntryKind!
    author: TranscriptAuthor!
    text: String!
    at: String!
    notice: ChatNotice
    "Whom the notice is about: the agent (ACCEPTED, CLOSED_BY_AGENT), the visitor (CLOSED_BY_VISITOR), the department or agent (TRANSFERRED); null for messages. \`text\` is the notice in English."
    subject: NoticeSubject
    "A transfer note or closing reason; staff only (null for visitors)."
    staffNote: String
  }

  type ChatAgent {
    id: ID!
    name: String!
  }

  type ChatVisitor {
    name: String!
    email: String
  }

  "A chat as staff see it."
  type Chat {
    id: ID!
    status: ChatStatus!
    departmentId: ID!
    visitor: ChatVisitor!
    firstQuestion: String!
    firstWords: String!
    requestedAt: String!
    waitingSince: String!
    acceptedAt: String
    firstResponseAt: String
    closedAt: String
    closedBy: ChatClosedBy
    closeReason: String
    agent: ChatAgent
    queuePosition: Int
    transcript: [TranscriptEntry!]!
  }

  "A chat as its visitor sees it."
  type VisitorChat {
    id: ID!
    status: ChatStatus!
    departmentId: ID!
    visitorName: String!
    agentName: String
    queuePosition: Int
    requestedAt: String!
    closedAt: String
    closedBy: ChatClosedBy
    transcript: [TranscriptEntry!]!
  }

  type ChatAvailability {
    departmentId: ID!
    "Someone of the department is online: offer a live chat; otherwise the offline question form."
    online: Boolean!
  }

  type OfflineQuestion {
    id: ID!
    departmentId: ID!
    visitor: ChatVisitor!
    question: String!
    firstWords: String!
    askedAt: String!
    status: OfflineQuestionStatus!
    answeredBy: ChatAgent
    answer: String
    answeredAt: String
    "The outbox mail that carried the answer."
    mailId: ID
  }

  type OfflineQuestionReceipt {
    id: ID!
    askedAt: String!
  }

  "A chat transcript queued in the outbox for the visitor's address."
  type TranscriptMailReceipt {
    mailId: ID!
    to: String!
  }

  type PendingQueue {
    departmentId: ID!
    chats: [Chat!]!
  }

  type AgentLoad {
    agent: ChatAgent!
    online: Boolean!
    departmentIds: [ID!]!
    activeChats: Int!
  }

  type ChatOverview {
    waiting: [Chat!]!
    active: [Chat!]!
    agents: [AgentLoad!]!
  }

  type DailyChatFigures {
    day: String!
    chatsStarted: Int!
    chatsAnswered: Int!
    chatsMissed: Int!
    offlineQuestions: Int!
    offlineQuestionsAnswered: Int!
    medianWaitSeconds: Float
    medianFirstResponseSeconds: Float
  }

  type VisitorHistory {
    email: String!
    chats: [Chat!]!
    questions: [OfflineQuestion!]!
  }

  "A ready answer a department's agents insert into their replies (Markdown-ish text, as typed)."
  type SavedReply {
    id: ID!
    departmentId: ID!
    title: String!
    text: String!
    updatedAt: String!
    updatedBy: ChatAgent!
  }

  type ChatActivity {
    chat: Chat!
    entry: TranscriptEntry!
  }

  type VisitorChatActivity {
    chat: VisitorChat!
    entry: TranscriptEntry!
  }

  type TypingIndication {
    chatId: ID!
    by: TranscriptAuthorKind!
    name: String!
    typing: Boolean!
    at: String!
  }

  input ChatRequestInput {
    departmentId: ID!
    name: String!
    email: String
    question: String!
    "Made by the visitor's browser (32 random bytes, base64url) and kept for this chat."
    visitorToken: String!
  }

  input OfflineQuestionInput {
    "Made by the visitor's browser per question, so a retried send is written once."
    clientRequestId: ID!
    departmentId: ID!
    name: String!
    email: String!
    question: String!
  }

  "Exactly one of the two."
  input TransferTargetInput {
    departmentId: ID
    agentId: ID
  }

  extend type Query {
    chatAvailability(departmentId: ID!): ChatAvailability!
    visitorChat(chatId: ID!, visitorToken: String!): VisitorChat!
    pendingChats(departmentId: ID): [Chat!]!
    myChats: [Chat!]!
    chat(id: ID!): Chat!
    offlineQuestions(status: OfflineQuestionStatus): [OfflineQuestion!]!
    visitorHistory(email: String!): VisitorHistory!
    chatOverview: ChatOverview!
    chatDailyFigures(from: String!, to: String!): [DailyChatFigures!]!
    savedReplies(departmentId: ID!): [SavedReply!]!
  }

  extend type Mutation {
    requestChat(input: ChatRequestInput!): VisitorChat!
    sendVisitorMessage(chatId: ID!, visitorToken: String!, clientMessageId: ID!, text: String!): TranscriptEntry!
    closeChatAsVisitor(chatId: ID!, visitorToken: String!): VisitorChat!
    setVisitorTyping(chatId: ID!, visitorToken: String!, typing: Boolean!): Boolean!
    askOfflineQuestion(input: OfflineQuestionInput!): OfflineQuestionReceipt!
    "Mails the chat's transcript to the visitor; the same request again queues nothing new."
    emailChatTranscript(chatId: ID!, visitorToken: String!, email: String!): TranscriptMailReceipt!
    acceptChat(chatId: ID!): Chat!
    sendMessage(chatId: ID!, clientMessageId: ID!, text: String!): TranscriptEntry!
    transferChat(chatId: ID!, to: TransferTargetInput!, note: String, commandId: ID!): Chat!
    closeChat(chatId: ID!, reason: String!, commandId: ID!): Chat!
    setTyping(chatId: ID!, typing: Boolean!): Boolean!
    answerOfflineQuestion(questionId: ID!, answer: String!, commandId: ID!): OfflineQuestion!
    "Supervisors and admins: adds a saved reply (no replyId) or revises one."
    saveSavedReply(departmentId: ID!, replyId: ID, title: String!, text: String!, commandId: ID!): SavedReply!
    removeSavedReply(departmentId: ID!, replyId: ID!, commandId: ID!): Boolean!
  }

  extend type Subscription {
    "The pending queue of each of the agent's departments, whenever it changes."
    chatQueueChanged: PendingQueue!
    chatActivity(chatId: ID!): ChatActivity!
    visitorChatActivity(chatId: ID!, visitorToken: String!): VisitorChatActivity!
    chatTyping(chatId: ID!): TypingIndication!
    visitorChatTyping(chatId: ID!, visitorToken: String!): TypingIndication!
  }
`;
