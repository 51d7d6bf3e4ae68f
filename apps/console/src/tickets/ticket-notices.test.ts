import { describe, expect, it } from 'vitest';
import { ticketNotices, type NoticeTicket } from './ticket-notices';

const since = '2026-03-21T08:00:00.000Z';
const entry = (id: string, overrides: Partial<NoticeTicket['timeline'][number]>) => ({
  id,
  kind: 'MESSAGE' as const,
  at: '2026-03-21T08:30:00.000Z',
  actor: { id: 'agent-2' },
  assignee: null,
  mentions: [],
  ...overrides,
});

describe('ticket notices', () => {
  it('tell me once of a ticket assigned to me and of a note that mentions me, not of history or my own doing', () => {
    const ticket: NoticeTicket = {
      id: 'ticket-1',
      number: 1042,
      subject: 'Cannot renew my loan',
      timeline: [
        entry('old', { kind: 'ASSIGNED', at: '2026-03-21T07:00:00.000Z', assignee: { id: 'agent-1' } }),
        entry('assigned', { kind: 'ASSIGNED', assignee: { id: 'agent-1' } }),
        entry('note', { kind: 'NOTE', mentions: [{ id: 'agent-1' }] }),
        entry('mine', { kind: 'NOTE', actor: { id: 'agent-1' }, mentions: [{ id: 'agent-1' }] }),
        entry('other', { kind: 'ASSIGNED', assignee: { id: 'agent-3' } }),
      ],
    };
    const seen = new Set<string>();
    expect(ticketNotices(ticket, 'agent-1', since, seen).map((notice) => [notice.kind, notice.entryId])).toEqual([
      ['assigned', 'assigned'],
      ['mentioned', 'note'],
    ]);
    expect(ticketNotices(ticket, 'agent-1', since, seen)).toEqual([]);
  });
});
