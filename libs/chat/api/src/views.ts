/** How read-model records are shown: to a visitor (no staff notes, no other people's details) or to staff. */
import type { ChatReadModel, ChatRecord, TranscriptEntry } from '@deskstream/chat-read-models';

export const forVisitor = (entry: TranscriptEntry): TranscriptEntry => ({ ...entry, staffNote: null });

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
    transcript: chat.transcript.map(forVisitor),
  };
}
