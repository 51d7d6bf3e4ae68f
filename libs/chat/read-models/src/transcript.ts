/**
 * What a transcript shows: the visitor's and agents' messages as typed, and notices of what
 * happened. A notice carries its kind and its subject — whom it is about — so clients word it
 * in the reader's language; its `text` is the English wording for the record ("Reza Karimi has
 * closed the chat explicitly"). Transfer notes and closing reasons are for staff only.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { ChatEvent } from '@deskstream/chat-domain';

export type NoticeKind = 'ACCEPTED' | 'TRANSFERRED' | 'CLOSED_BY_VISITOR' | 'CLOSED_BY_AGENT' | 'ABANDONED';

/** Whom a notice is about: the agent who joined or closed, the visitor who closed, where a chat went. */
export interface NoticeSubject {
  kind: 'VISITOR' | 'AGENT' | 'DEPARTMENT';
  /** The agent's or department's id; null for the visitor. */
  id: string | null;
  /** As the notice's English text says it (a department by its English name). */
  name: string;
}

export interface TranscriptEntry {
  id: string;
  /** NOTE: an internal note between staff, never shown to the visitor. */
  kind: 'MESSAGE' | 'NOTICE' | 'NOTE';
  author: { kind: 'VISITOR' | 'AGENT' | 'SYSTEM'; id: string | null; name: string };
  text: string;
  at: string;
  /**
   * The id the author's client chose for a visitor's or agent's message (null for notices, the
   * first question, and messages written before it was kept), so that client can recognise its own.
   */
  clientMessageId: string | null;
  notice: NoticeKind | null;
  /** Whom the notice is about; null for messages. */
  subject: NoticeSubject | null;
  /** A transfer note or closing reason: staff see it, visitors do not. */
  staffNote: string | null;
  /** The staff a NOTE mentions; empty otherwise. */
  mentions: { id: string; name: string }[];
}

/** The transcript entry an event adds, or null for one that adds none (a rating, the visitor's comings and goings). */
export function entryFor(
  event: ChatEvent,
  id: string,
  visitorName: string,
  departmentName: (id: string) => string,
): TranscriptEntry | null {
  const system = { kind: 'SYSTEM' as const, id: null, name: '' };
  const notice = (
    kind: NoticeKind,
    subject: NoticeSubject,
    text: string,
    at: string,
    staffNote: string | null = null,
  ): TranscriptEntry => ({
    id,
    kind: 'NOTICE',
    author: system,
    text,
    at,
    clientMessageId: null,
    notice: kind,
    subject,
    staffNote,
    mentions: [],
  });
  const agent = (ref: { id: string; name: string }): NoticeSubject => ({ kind: 'AGENT', id: ref.id, name: ref.name });
  switch (event.type) {
    case 'ChatRequested':
      return {
        id,
        kind: 'MESSAGE',
        author: { kind: 'VISITOR', id: null, name: visitorName },
        text: event.data.firstQuestion,
        at: event.data.requestedAt,
        clientMessageId: null,
        notice: null,
        subject: null,
        staffNote: null,
        mentions: [],
      };
    case 'MessagePosted': {
      const { author } = event.data;
      const by =
        author.kind === 'visitor'
          ? { kind: 'VISITOR' as const, id: null, name: visitorName }
          : { kind: 'AGENT' as const, id: author.id, name: author.name };
      const { text, postedAt: at, clientMessageId = null } = event.data;
      return {
        id,
        kind: 'MESSAGE',
        author: by,
        text,
        at,
        clientMessageId,
        notice: null,
        subject: null,
        staffNote: null,
        mentions: [],
      };
    }
    case 'ChatNoteAdded': {
      const { author, text, addedAt: at, clientNoteId, mentions } = event.data;
      const by = { kind: 'AGENT' as const, id: author.id, name: author.name };
      return {
        id,
        kind: 'NOTE',
        author: by,
        text,
        at,
        clientMessageId: clientNoteId,
        notice: null,
        subject: null,
        staffNote: null,
        mentions: mentions.map((each) => ({ ...each })),
      };
    }
    case 'ChatAbandoned':
      return notice(
        'ABANDONED',
        { kind: 'VISITOR', id: null, name: visitorName },
        `${visitorName} has left; the chat was not answered`,
        event.data.abandonedAt,
      );
    case 'ChatRated':
    case 'ChatVisitorLeft':
    case 'ChatVisitorReturned':
      return null;
    case 'ChatAccepted':
      return notice(
        'ACCEPTED',
        agent(event.data.agent),
        `${event.data.agent.name} has joined the chat`,
        event.data.acceptedAt,
      );
    case 'ChatTransferred': {
      const { to } = event.data;
      const where: NoticeSubject =
        to.kind === 'department'
          ? { kind: 'DEPARTMENT', id: to.departmentId, name: departmentName(to.departmentId) }
          : agent(to);
      return notice(
        'TRANSFERRED',
        where,
        `The chat has been transferred to ${where.name}`,
        event.data.transferredAt,
        event.data.note || null,
      );
    }
    case 'ChatClosedByVisitor':
      return notice(
        'CLOSED_BY_VISITOR',
        { kind: 'VISITOR', id: null, name: visitorName },
        `${visitorName} has closed the chat explicitly`,
        event.data.closedAt,
      );
    case 'ChatClosedByAgent':
      return notice(
        'CLOSED_BY_AGENT',
        agent(event.data.agent),
        `${event.data.agent.name} has closed the chat`,
        event.data.closedAt,
        event.data.reason,
      );
    default:
      return assertNever(event);
  }
}
