/** Chats, entries and questions as the api describes them, for the desk's tests. */
import type { FakeResolver } from '@deskstream/ui/testing';
import type {
  ChatSummaryFieldsFragment as ChatSummary,
  ChatWithTranscriptFieldsFragment as ChatWithTranscript,
  OfflineQuestionFieldsFragment as OfflineQuestion,
  StaffMemberFieldsFragment as StaffMember,
  TranscriptEntryFieldsFragment as TranscriptEntry,
} from '../../generated/graphql';
import { useSessionStore } from '../../session/session-store';
import { createConsoleHarness, staffMember } from '../../testing/console-harness';

export const LETTERS = { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } };
export const LAW = { id: 'dep-law', name: { fa: 'حقوق', en: 'Law', ja: '法学部', vi: 'Luật' } };

export function chatSummary(overrides: Partial<ChatSummary> = {}): ChatSummary {
  return {
    id: 'chat-1',
    status: 'PENDING',
    departmentId: LETTERS.id,
    visitor: { name: 'Reza Karimi', email: 'reza@example.ir' },
    firstWords: 'Is «The Blind Owl» in the library?',
    requestedAt: '2026-03-21T08:00:00.000Z',
    waitingSince: '2026-03-21T08:00:00.000Z',
    acceptedAt: null,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    agent: null,
    rating: null,
    ...overrides,
  };
}

export function entry(overrides: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return {
    id: 'entry-1',
    kind: 'MESSAGE',
    author: { kind: 'VISITOR', id: null, name: 'Reza Karimi' },
    text: 'Is «The Blind Owl» in the library?',
    at: '2026-03-21T08:00:00.000Z',
    notice: null,
    subject: null,
    staffNote: null,
    clientMessageId: null,
    mentions: [],
    ...overrides,
  };
}

export const agentEntry = (id: string, text: string, at = '2026-03-21T08:02:00.000Z'): TranscriptEntry =>
  entry({ id, text, at, author: { kind: 'AGENT', id: 'agent-1', name: 'Sara Ahmadi' } });
export const visitorEntry = (id: string, text: string, at = '2026-03-21T08:03:00.000Z'): TranscriptEntry =>
  entry({ id, text, at });

/** A chat the signed-in agent (agent-1, Sara) holds. */
export function myChat(overrides: Partial<ChatWithTranscript> = {}): ChatWithTranscript {
  return {
    ...chatSummary({
      status: 'ACTIVE',
      acceptedAt: '2026-03-21T08:01:00.000Z',
      agent: { id: 'agent-1', name: 'Sara Ahmadi' },
    }),
    transcript: [
      entry(),
      entry({
        id: 'chat-1/1',
        kind: 'NOTICE',
        author: { kind: 'SYSTEM', id: null, name: '' },
        text: 'Sara Ahmadi has joined the chat',
        notice: 'ACCEPTED',
        subject: { kind: 'AGENT', id: 'agent-1', name: 'Sara Ahmadi' },
        at: '2026-03-21T08:01:00.000Z',
      }),
    ],
    ...overrides,
  };
}

export function offlineQuestion(overrides: Partial<OfflineQuestion> = {}): OfflineQuestion {
  return {
    id: 'question-1',
    departmentId: LETTERS.id,
    visitor: { name: 'Leila Moradi', email: 'leila@example.ir' },
    question: 'When does the reference hall open on Fridays?',
    firstWords: 'When does the reference hall open on Fridays?',
    askedAt: '2026-03-20T22:00:00.000Z',
    status: 'WAITING',
    answeredBy: null,
    answer: null,
    answeredAt: null,
    mailId: null,
    ...overrides,
  };
}

/** The console with a fake api and Sara signed in (an agent of Letters unless told otherwise). */
export async function signedInDesk(
  resolvers: Record<string, FakeResolver> = {},
  options: { locale?: string; staff?: Partial<StaffMember> } = {},
) {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember(options.staff) } } }),
      MyChats: () => ({ data: { myChats: [] } }),
      PendingChats: () => ({ data: { pendingChats: [] } }),
      ChatDepartments: () => ({ data: { departments: [LETTERS, LAW] } }),
      OfflineQuestions: () => ({ data: { offlineQuestions: [] } }),
      SetTyping: () => ({ data: { setTyping: true } }),
      ...resolvers,
    },
    { locale: options.locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  return harness;
}
