/**
 * `@deskstream/chat-read-models`: the reference desk's read models (chats with their
 * transcripts and queues, offline questions, saved replies, per-day figures, and the desk
 * directory folded from identity's published events) and the projections that feed them.
 */
export { ChatReadModel, type ChatReadModelOptions, type ChatRecord, type ChatStatus } from './chat-read-model';
export { ChatArchive, type ArchiveHit, type ArchiveQuery } from './chat-archive';
export { OfflineQuestionBook, type QuestionRecord } from './offline-questions';
export { SavedReplyBook, type SavedReplyRecord } from './saved-replies-read-model';
export {
  DailyCounts,
  dayIn,
  dayOf,
  daysBetween,
  medianSeconds,
  type AgentFigures,
  type DayFigures,
} from './daily-counts';
export { DeskDirectory, type DeskAgent, type DeskDepartment } from './desk-directory';
export { DESK_EVENT_TYPES, type DeskEvent } from './desk-events';
export {
  entryFor,
  type NoticeKind,
  type NoticeSubject,
  type TranscriptEntry,
  type TranscriptEntry as TranscriptEntryRecord,
} from './transcript';
export {
  CHAT_PROJECTION,
  DESK_DIRECTORY_PROJECTION,
  chatProjection,
  createReferenceDeskReadModels,
  deskDirectoryProjection,
} from './projections';
