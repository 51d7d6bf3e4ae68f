import { describe, expect, it } from 'vitest';
import { defaultOutcome, emptyWrapUp, ticketNumberOf, wrapUpInput, wrapUpProblems } from './wrap-up-form';

const ringing = { outcome: null, answeredAt: null, takenBy: null, state: 'RINGING' as const };

describe('a call’s wrap-up', () => {
  it('starts from the PBX’s outcome, else answered once someone answered or took it', () => {
    expect(defaultOutcome({ ...ringing, outcome: 'ABANDONED', state: 'ENDED' })).toBe('ABANDONED');
    expect(defaultOutcome({ ...ringing, takenBy: { id: 'a', name: 'Sara' } })).toBe('ANSWERED');
    expect(defaultOutcome({ ...ringing, answeredAt: '2026-12-07T10:00:00Z', state: 'ANSWERED' })).toBe('ANSWERED');
    expect(defaultOutcome(ringing)).toBe('MISSED');
  });

  it('names what is missing: topic, requester type where the desk has them, the ticket’s subject and department', () => {
    const draft = emptyWrapUp(ringing);
    expect(wrapUpProblems(draft, ['customer', 'publisher'])).toEqual({
      topic: 'topic',
      requesterType: 'requesterType',
      subject: 'subject',
      departmentId: 'department',
    });
    expect(wrapUpProblems({ ...draft, topic: 'Refund', ticket: 'NONE' }, [])).toEqual({});
    expect(wrapUpProblems({ ...draft, topic: 'Refund', ticket: 'ATTACH' }, [])).toEqual({ attach: 'ticket' });
    expect(wrapUpProblems({ ...draft, topic: 'Refund', ticket: 'ATTACH', attachNumber: '#۴۲' }, [])).toEqual({});
  });

  it('reads ticket numbers as agents type them', () => {
    expect(ticketNumberOf('#42')).toBe(42);
    expect(ticketNumberOf(' ۱۰۷ ')).toBe(107);
    expect(ticketNumberOf('٣')).toBe(3);
    expect(ticketNumberOf('42a')).toBeNull();
    expect(ticketNumberOf('')).toBeNull();
  });

  it('becomes the api’s input: a new ticket, an attachment or none', () => {
    const draft = { ...emptyWrapUp(ringing), topic: ' Refund ', requesterType: 'publisher' };
    expect(wrapUpInput('call-1', { ...draft, subject: ' Broken reader ', departmentId: 'dep-1' }, null)).toEqual({
      callId: 'call-1',
      topic: 'Refund',
      outcome: 'MISSED',
      requesterType: 'publisher',
      ticket: { open: { subject: 'Broken reader', departmentId: 'dep-1' } },
    });
    expect(wrapUpInput('call-1', { ...draft, ticket: 'ATTACH', attachNumber: '42' }, 'ticket-42').ticket).toEqual({
      attachToTicketId: 'ticket-42',
    });
    expect(wrapUpInput('call-1', { ...draft, ticket: 'NONE' }, null)).not.toHaveProperty('ticket');
  });
});
