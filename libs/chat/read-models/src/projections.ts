/**
 * Chat's projections for the runner: the reference desk's read model from chat and question
 * events, and the desk directory from the events identity publishes.
 */
import { readModelSnapshots, type Projection } from '@deskstream/event-sourcing';
import { ChatReadModel } from './chat-read-model';
import { DESK_EVENT_TYPES, type DeskEvent } from './desk-events';
import { DeskDirectory } from './desk-directory';
import {
  CHAT_EVENT_TYPES,
  QUESTION_EVENT_TYPES,
  SAVED_REPLY_EVENT_TYPES,
  isSavedReplyEvent,
  type ChatEvent,
  type QuestionEvent,
  type SavedReplyEvent,
} from '@deskstream/chat-domain';

export const CHAT_PROJECTION = 'chat';
export const DESK_DIRECTORY_PROJECTION = 'chat-desk-directory';

/** Raise when what an event does to that read model changes: its snapshot is then replayed. */
export const CHAT_SNAPSHOT_VERSION = 1;
export const DESK_DIRECTORY_SNAPSHOT_VERSION = 1;

export function chatProjection(readModel: ChatReadModel): Projection<ChatEvent | QuestionEvent | SavedReplyEvent> {
  return {
    name: CHAT_PROJECTION,
    handles: [...CHAT_EVENT_TYPES, ...QUESTION_EVENT_TYPES, ...SAVED_REPLY_EVENT_TYPES],
    apply: (event) => (isSavedReplyEvent(event) ? readModel.savedReplies.apply(event) : readModel.apply(event)),
    snapshots: readModelSnapshots('chat', CHAT_SNAPSHOT_VERSION, readModel.kept),
  };
}

export function deskDirectoryProjection(directory: DeskDirectory): Projection<DeskEvent> {
  return {
    name: DESK_DIRECTORY_PROJECTION,
    handles: DESK_EVENT_TYPES,
    apply: (event) => directory.apply(event),
    snapshots: readModelSnapshots('chat-desk-directory', DESK_DIRECTORY_SNAPSHOT_VERSION, directory.kept),
  };
}

/**
 * The read models of the reference desk, wired so transfer notices can name departments and the
 * archive finds a department by any of its names; days count in the organisation's `timeZone`.
 */
export function createReferenceDeskReadModels(options: { timeZone?: string } = {}): {
  chats: ChatReadModel;
  directory: DeskDirectory;
} {
  const directory = new DeskDirectory();
  const chats = new ChatReadModel({
    departmentName: (id) => directory.departments.get(id)?.name.en ?? id,
    departmentNames: (id) =>
      Object.values(directory.departments.get(id)?.name ?? { en: id }).filter(
        (name): name is string => typeof name === 'string',
      ),
    timeZone: options.timeZone,
  });
  return { chats, directory };
}
