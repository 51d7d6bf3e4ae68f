/**
 * One chat as the reference desk sees it: who asked what in which department, where it stands
 * (waiting, held by an agent, closed), its timings, rating and full transcript.
 */
import { firstWords, type ChatEvent, type StaffRef } from '@deskstream/chat-domain';
import type { TranscriptEntry } from './transcript';

export type ChatStatus = 'PENDING' | 'ACTIVE' | 'CLOSED';

export interface ChatRecord {
  id: string;
  departmentId: string;
  visitor: { name: string; email: string | null };
  /** The language of the visitor's page, when it said (fa, en, ja, vi). */
  locale: string | null;
  visitorTokenHash: string;
  firstQuestion: string;
  firstWords: string;
  status: ChatStatus;
  requestedAt: string;
  /** In the queue since: the request, or the latest transfer back to a department. */
  waitingSince: string;
  acceptedAt: string | null;
  firstResponseAt: string | null;
  closedAt: string | null;
  closedBy: 'VISITOR' | 'AGENT' | 'VISITOR_LEFT' | null;
  closeReason: string | null;
  agent: StaffRef | null;
  /** The visitor's rating, once given; `agentId` held the chat then. */
  rating: { score: number; good: boolean; comment: string | null; ratedAt: string; agentId: string | null } | null;
  /** Since when the visitor has been gone from the waiting chat (a recorded departure without a return since). */
  visitorAwaySince: string | null;
  transcript: TranscriptEntry[];
}

/** The chat a visitor's request opens: waiting in its department, with an empty transcript. */
export function requestedChat(event: Extract<ChatEvent, { type: 'ChatRequested' }>): ChatRecord {
  const { chatId, departmentId, visitor, firstQuestion, visitorTokenHash, requestedAt, locale = null } = event.data;
  return {
    id: chatId,
    departmentId,
    visitor,
    locale,
    visitorTokenHash,
    firstQuestion,
    firstWords: firstWords(firstQuestion),
    status: 'PENDING',
    requestedAt,
    waitingSince: requestedAt,
    acceptedAt: null,
    firstResponseAt: null,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    agent: null,
    rating: null,
    visitorAwaySince: null,
    transcript: [],
  };
}
