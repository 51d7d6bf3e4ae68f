/**
 * The part of the api's GraphQL schema the console's reference desk reads (chat's and the
 * outbox's modules), as TypeScript. Message text is plain text as typed; the console renders
 * its Markdown-ish formatting itself, safely.
 */
export type ChatStatus = 'PENDING' | 'ACTIVE' | 'CLOSED';
export type ChatNotice = 'ACCEPTED' | 'TRANSFERRED' | 'CLOSED_BY_VISITOR' | 'CLOSED_BY_AGENT';
export type TranscriptAuthorKind = 'VISITOR' | 'AGENT' | 'SYSTEM';
export type OfflineQuestionStatus = 'WAITING' | 'ANSWERED';

export interface ChatAgent {
  id: string;
  name: string;
}

/** Whom a notice is about, so the console words it in the reader's language. */
export interface NoticeSubject {
  kind: 'VISITOR' | 'AGENT' | 'DEPARTMENT';
  /** The agent's or department's id; null for the visitor. */
  id: string | null;
  name: string;
}

export interface TranscriptEntry {
  id: string;
  kind: 'MESSAGE' | 'NOTICE';
  author: { kind: TranscriptAuthorKind; id: string | null; name: string };
  text: string;
  at: string;
  notice: ChatNotice | null;
  /** Whom the notice is about; null for messages. */
  subject: NoticeSubject | null;
  /** A transfer note or closing reason (staff see it). */
  staffNote: string | null;
}

/** A chat without its transcript: what queues, pushes and lists carry. */
export interface ChatSummary {
  id: string;
  status: ChatStatus;
  departmentId: string;
  visitor: { name: string; email: string | null };
  firstWords: string;
  requestedAt: string;
  waitingSince: string;
  acceptedAt: string | null;
  closedAt: string | null;
  closedBy: 'VISITOR' | 'AGENT' | null;
  closeReason: string | null;
  agent: ChatAgent | null;
}

export interface ChatWithTranscript extends ChatSummary {
  transcript: TranscriptEntry[];
}

export interface PendingQueue {
  departmentId: string;
  chats: ChatSummary[];
}

export interface ChatActivity {
  chat: ChatSummary;
  entry: TranscriptEntry;
}

export interface TypingIndication {
  chatId: string;
  by: 'VISITOR' | 'AGENT';
  name: string;
  typing: boolean;
  at: string;
}

export interface OfflineQuestion {
  id: string;
  departmentId: string;
  visitor: { name: string; email: string };
  question: string;
  firstWords: string;
  askedAt: string;
  status: OfflineQuestionStatus;
  answeredBy: ChatAgent | null;
  answer: string | null;
  answeredAt: string | null;
  mailId: string | null;
}

export interface VisitorHistory {
  email: string;
  chats: ChatSummary[];
  questions: OfflineQuestion[];
}

export interface SavedReply {
  id: string;
  departmentId: string;
  title: string;
  text: string;
  updatedAt: string;
  updatedBy: ChatAgent;
}

export interface AgentLoad {
  agent: ChatAgent;
  online: boolean;
  departmentIds: string[];
  activeChats: number;
}

export interface ChatOverview {
  waiting: ChatSummary[];
  active: ChatSummary[];
  agents: AgentLoad[];
}

export interface DailyChatFigures {
  day: string;
  chatsStarted: number;
  chatsAnswered: number;
  chatsMissed: number;
  offlineQuestions: number;
  offlineQuestionsAnswered: number;
  medianWaitSeconds: number | null;
  medianFirstResponseSeconds: number | null;
}

export type TransferTarget = { departmentId: string; agentId?: never } | { agentId: string; departmentId?: never };

export type MailDeliveryState = 'QUEUED' | 'SENDING' | 'RETRYING' | 'SENT' | 'FAILED';

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  purpose: { kind: string; id: string };
  state: MailDeliveryState;
  queuedAt: string;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  transport: 'SMTP' | 'LOCAL_FILE' | null;
  deliveryDetail: string | null;
}
