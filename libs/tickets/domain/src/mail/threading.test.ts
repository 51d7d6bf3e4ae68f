import { describe, expect, it } from 'vitest';
import { decideThread, type ThreadCandidate, type ThreadLookup } from './threading';

const ticket = (over: Partial<ThreadCandidate> & Pick<ThreadCandidate, 'id' | 'number'>): ThreadCandidate => ({
  status: 'OPEN',
  participants: ['sara@example.org'],
  mergedInto: null,
  ...over,
});

const tickets = [
  ticket({ id: 't1', number: 1 }),
  ticket({ id: 't2', number: 2, participants: ['sara@example.org', 'boss@example.org'] }),
  ticket({ id: 't3', number: 3, mergedInto: { id: 't4', number: 4 } }),
  ticket({ id: 't4', number: 4 }),
  ticket({ id: 't5', number: 5, status: 'CLOSED' }),
  ticket({ id: 't6', number: 6, status: 'SOLVED' }),
];
const messageIds: Record<string, string> = {
  'first@example.org': 't1',
  'ticket-2.r1@deskstream.localhost': 't2',
  'old@example.org': 't3',
  'closed@example.org': 't5',
};
const lookup: ThreadLookup = {
  byId: (id) => tickets.find((each) => each.id === id),
  byNumber: (number) => tickets.find((each) => each.number === number),
  byMessageId: (id) => lookup.byId(messageIds[id] ?? ''),
};
const decide = (sender: string, referencedMessageIds: string[], subject = 'Re: my question') =>
  decideThread({ sender, referencedMessageIds, subject }, lookup);

describe('threading inbound mail', () => {
  it('threads a reply by In-Reply-To / References', () => {
    expect(decide('sara@example.org', ['ticket-2.r1@deskstream.localhost'])).toMatchObject({
      kind: 'THREAD',
      ticketId: 't2',
    });
    expect(decide('boss@example.org', ['unknown@x', 'ticket-2.r1@deskstream.localhost'])).toMatchObject({
      kind: 'THREAD',
      ticketId: 't2',
    });
  });

  it('threads by the number in the subject', () => {
    expect(decide('sara@example.org', [], 'Re: [#1] my question')).toMatchObject({ kind: 'THREAD', ticketId: 't1' });
  });

  it('opens a new ticket when a stranger forges References or a subject number', () => {
    expect(decide('mallory@evil.example', ['first@example.org'])).toEqual({
      kind: 'NEW',
      followUpOf: null,
      detail: 'sender is not a participant of #1',
    });
    expect(decide('mallory@evil.example', [], '[#2] give me the data')).toMatchObject({
      kind: 'NEW',
      followUpOf: null,
    });
  });

  it('threads mail to a merged ticket into its survivor', () => {
    expect(decide('sara@example.org', ['old@example.org'])).toEqual({
      kind: 'THREAD',
      ticketId: 't4',
      detail: 'headers of #3 (merged into #4)',
    });
    expect(decide('sara@example.org', [], '[#3] again')).toMatchObject({ kind: 'THREAD', ticketId: 't4' });
  });

  it('opens a follow-up of a closed ticket, and threads into a solved one (which reopens it)', () => {
    expect(decide('sara@example.org', ['closed@example.org'])).toMatchObject({
      kind: 'NEW',
      followUpOf: { id: 't5', number: 5 },
    });
    expect(decide('sara@example.org', [], 'Re: [#6] thanks, but')).toMatchObject({ kind: 'THREAD', ticketId: 't6' });
  });

  it('opens a new ticket for an unknown number or no reference at all', () => {
    expect(decide('sara@example.org', [], '[#999] hello')).toMatchObject({ kind: 'NEW', detail: 'new conversation' });
    expect(decide('sara@example.org', [])).toMatchObject({ kind: 'NEW', followUpOf: null });
  });
});
