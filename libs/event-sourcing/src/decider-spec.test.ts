import { describe, expect, it } from 'vitest';
import { deciderSpec } from './decider-spec';
import { fold } from './decider';
import { ticketDecider, type TicketEvent } from './test-support/tickets';

const given = deciderSpec(ticketDecider);
const at = '2025-03-01T09:00:00.000Z';
const opened: TicketEvent = { type: 'TicketOpened', data: { ticketId: 't1', subject: 'VPN drops', openedAt: at } };
const closed: TicketEvent = { type: 'TicketClosed', data: { ticketId: 't1', closedAt: at } };

describe('given / when / then', () => {
  it('checks the events decided', () => {
    given([]).when({ type: 'OpenTicket', data: { ticketId: 't1', subject: 'VPN drops', at } }).then([opened]);
    given([opened]).when({ type: 'AddNote', data: { ticketId: 't1', text: 'Restarted', at } }).then([
      { type: 'TicketNoteAdded', data: { ticketId: 't1', number: 1, text: 'Restarted', at } },
    ]);
  });

  it('checks the rejection code', () => {
    given().when({ type: 'CloseTicket', data: { ticketId: 't1', at } }).then('TICKET_NOT_FOUND');
    given([opened, closed]).when({ type: 'AddNote', data: { ticketId: 't1', text: 'Hello?', at } }).then('TICKET_CLOSED');
  });

  it('fails clearly when the decision differs', () => {
    expect(() => given([opened]).when({ type: 'CloseTicket', data: { ticketId: 't1', at } }).then('TICKET_CLOSED')).toThrow(
      /Expected the rejection TICKET_CLOSED, but it decided/,
    );
    expect(() => given([opened]).when({ type: 'OpenTicket', data: { ticketId: 't1', subject: 'x', at } }).then([opened])).toThrow(
      /rejected with TICKET_EXISTS/,
    );
    expect(() => given([opened]).when({ type: 'CloseTicket', data: { ticketId: 't1', at } }).then([opened])).toThrow();
    expect(() => given([]).when({ type: 'CloseTicket', data: { ticketId: 't1', at } }).then('TICKET_CLOSED')).toThrow(
      /Expected the rejection TICKET_CLOSED, got TICKET_NOT_FOUND/,
    );
  });

  it('says so when the expectation was awaited instead of called', async () => {
    await expect(
      (async () => {
        await (given([]).when({ type: 'CloseTicket', data: { ticketId: 't1', at } }) as unknown as PromiseLike<void>);
      })(),
    ).rejects.toThrow(/was awaited/);
  });

  it('folds history from the initial state', () => {
    expect(fold(ticketDecider, [opened, closed])).toEqual({ status: 'closed', notes: 0 });
  });
});
