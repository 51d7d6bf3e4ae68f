/** What the chat module's resolvers share: read models, commands, the visitor gate, the clock. */
import type { ChatReadModel, DeskDirectory } from '@deskstream/chat-read-models';
import type { ChatCommands } from './commands';
import type { AnswerMailbox, AnswerMailContext } from './answer-mailbox';
import type { VisitorGate } from './chat-access';
import type { VisitorPresence } from './visitor-presence';

export interface ChatModuleDeps {
  readModel: ChatReadModel;
  directory: DeskDirectory;
  commands: ChatCommands;
  mailbox: AnswerMailbox;
  /** How the desk words its answer mail (the desk's language, the library's and departments' names). */
  mailContext: AnswerMailContext;
  visitors: VisitorGate;
  now: () => Date;
  /** The visitors' live connections to waiting chats (absent in tools that serve no subscriptions). */
  presence?: VisitorPresence;
  /**
   * Sends an ephemeral typing indication to every api process's subscribers (through the store,
   * kept a minute: never part of a chat's history).
   */
  publishTyping(chatId: string, indication: TypingIndication): void;
}

export interface TypingIndication {
  chatId: string;
  by: 'VISITOR' | 'AGENT';
  name: string;
  typing: boolean;
  at: string;
}
