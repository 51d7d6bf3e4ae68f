/** How read-model records are shown: to a visitor (no staff notes or internal notes, no other people's details) or to staff. */
import type { ChatReadModel, ChatRecord, TranscriptEntry } from '@deskstream/chat-read-models';

export const forVisitor = (entry: TranscriptEntry): TranscriptEntry => ({ ...entry, staffNote: null, mentions: [] });

/** Whether the visitor may see this entry at all: internal notes are for staff only. */
export const visitorSees = (entry: TranscriptEntry) => entry.kind !== 'NOTE';

/** The transcript as the visitor sees it: no internal notes, no staff notes. */
export const visitorTranscript = (chat: ChatRecord): TranscriptEntry[] =>
  chat.transcript.filter(visitorSees).map(forVisitor);

/** The visitor's own rating, as they gave it. */
export const ratingView = (chat: ChatRecord) =>
  chat.rating && {
    score: chat.rating.score,
    good: chat.rating.good,
    comment: chat.rating.comment,
    ratedAt: chat.rating.ratedAt,
  };

export function visitorChatView(chat: ChatRecord, readModel: ChatReadModel) {
  return {
    id: chat.id,
    status: chat.status,
    departmentId: chat.departmentId,
    visitorName: chat.visitor.name,
    agentName: chat.agent?.name ?? null,
    queuePosition: readModel.queuePosition(chat),
    requestedAt: chat.requestedAt,
    closedAt: chat.closedAt,
    closedBy: chat.closedBy,
    transcript: visitorTranscript(chat),
    rating: ratingView(chat),
    canRate: chat.acceptedAt !== null && chat.rating === null,
  };
}
