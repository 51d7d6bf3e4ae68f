/**
 * What a transcript shows: the visitor's and agents' messages as typed, and notices of what
 * happened ("Reza Karimi has closed the chat explicitly"). Transfer notes and closing reasons
 * are for staff only.
 */
import type { ChatEvent } from './events';

export type NoticeKind = 'ACCEPTED' | 'TRANSFERRED' | 'CLOSED_BY_VISITOR' | 'CLOSED_BY_AGENT';

export interface TranscriptEntry {
  id: string;
  kind: 'MESSAGE' | 'NOTICE';
  author: { kind: 'VISITOR' | 'AGENT' | 'SYSTEM'; id: string | null; name: string };
  text: string;
  at: string;
  notice: NoticeKind | null;
  /** A transfer note or closing reason: staff see it, visitors do not. */
  staffNote: string | null;
}

/** The transcript entry an event adds. `visitorName` and `departmentName` come from the chat. */
export function entryFor(
  event: ChatEvent,
  id: string,
  visitorName: string,
  departmentName: (id: string) => string,
): TranscriptEntry {
  const system = { kind: 'SYSTEM' as const, id: null, name: '' };
  const notice = (kind: NoticeKind, text: string, at: string, staffNote: string | null = null): TranscriptEntry => ({
    id,
    kind: 'NOTICE',
    author: system,
    text,
    at,
    notice: kind,
    staffNote,
  });
  switch (event.type) {
    case 'ChatRequested':
      return { id, kind: 'MESSAGE', author: { kind: 'VISITOR', id: null, name: visitorName }, text: event.data.firstQuestion, at: event.data.requestedAt, notice: null, staffNote: null };
    case 'MessagePosted': {
      const { author } = event.data;
      const by = author.kind === 'visitor' ? { kind: 'VISITOR' as const, id: null, name: visitorName } : { kind: 'AGENT' as const, id: author.id, name: author.name };
      return { id, kind: 'MESSAGE', author: by, text: event.data.text, at: event.data.postedAt, notice: null, staffNote: null };
    }
    case 'ChatAccepted':
      return notice('ACCEPTED', `${event.data.agent.name} has joined the chat`, event.data.acceptedAt);
    case 'ChatTransferred': {
      const { to } = event.data;
      const where = to.kind === 'department' ? departmentName(to.departmentId) : to.name;
      return notice('TRANSFERRED', `The chat has been transferred to ${where}`, event.data.transferredAt, event.data.note || null);
    }
    case 'ChatClosedByVisitor':
      return notice('CLOSED_BY_VISITOR', `${visitorName} has closed the chat explicitly`, event.data.closedAt);
    case 'ChatClosedByAgent':
      return notice('CLOSED_BY_AGENT', `${event.data.agent.name} has closed the chat`, event.data.closedAt, event.data.reason);
  }
}
