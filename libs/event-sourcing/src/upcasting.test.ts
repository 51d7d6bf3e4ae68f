import { describe, expect, it } from 'vitest';
import { defineUpcasters, noUpcasters, upcaster } from './upcasting';
import { fromStoredEvent } from './envelope';
import { storedEvent } from './test-support/stored-events';
import { ticketUpcasters } from './test-support/tickets';

const chain = defineUpcasters([
  upcaster<{ name: string }, { fullName: string }>('CustomerRegistered', 1, ({ name }) => ({ fullName: name })),
  upcaster<{ fullName: string }, { fullName: string; locale: string }>('CustomerRegistered', 2, (data) => ({
    ...data,
    locale: 'en',
  })),
]);

describe('upcasters', () => {
  it('bring old payloads up to the current schema, step by step', () => {
    expect(chain.upcast('CustomerRegistered', 1, { name: 'Mina' })).toEqual({ fullName: 'Mina', locale: 'en' });
    expect(chain.upcast('CustomerRegistered', 2, { fullName: 'Mina' })).toEqual({ fullName: 'Mina', locale: 'en' });
  });

  it('leave current, newer and unknown payloads alone', () => {
    const current = { fullName: 'Mina', locale: 'fa' };
    expect(chain.upcast('CustomerRegistered', 3, current)).toBe(current);
    expect(chain.upcast('CustomerRegistered', 4, current)).toBe(current);
    expect(chain.upcast('TicketOpened', 1, current)).toBe(current);
  });

  it('tell the schema to write', () => {
    expect(chain.schemaOf('CustomerRegistered')).toBe(3);
    expect(chain.schemaOf('TicketOpened')).toBe(1);
    expect(noUpcasters.schemaOf('CustomerRegistered')).toBe(1);
  });

  it('refuse duplicate steps, gaps and bad schemas', () => {
    const step = upcaster('TicketOpened', 1, (data) => data);
    expect(() => defineUpcasters([step, step])).toThrow(/Two upcasters for TicketOpened from schema 1/);
    expect(() => defineUpcasters([step, upcaster('TicketOpened', 3, (data) => data)])).toThrow(
      /skip from schema 2 to 3/,
    );
    expect(() => defineUpcasters([upcaster('TicketOpened', 0, (data) => data)])).toThrow(/integers from 1/);
  });

  it('apply when a stored event is read, using the schema in its metadata', () => {
    const old = storedEvent({
      type: 'TicketOpened',
      data: { ticketId: 't1', title: 'Printer on fire' },
      at: 10,
      metadata: { schema: 1 },
    });
    const current = storedEvent({
      type: 'TicketOpened',
      data: { ticketId: 't2', subject: 'Login', openedAt: 'x' },
      at: 20,
      metadata: { schema: 2 },
    });
    expect(fromStoredEvent(old.event!, ticketUpcasters).data).toEqual({
      ticketId: 't1',
      subject: 'Printer on fire',
      openedAt: '',
    });
    expect(fromStoredEvent(current.event!, ticketUpcasters).data).toEqual({
      ticketId: 't2',
      subject: 'Login',
      openedAt: 'x',
    });
  });

  it('read records without metadata as schema 1 from the system', () => {
    const bare = storedEvent({ type: 'TicketOpened', data: { ticketId: 't1', title: 'Hi' }, at: 10 });
    bare.event!.metadata = undefined as never;
    const event = fromStoredEvent(bare.event!, ticketUpcasters);
    expect(event.metadata).toEqual({
      correlationId: bare.event!.id,
      causationId: bare.event!.id,
      actor: { kind: 'system', id: 'unknown' },
      schema: 1,
    });
    expect(event.data).toEqual({ ticketId: 't1', subject: 'Hi', openedAt: '' });
  });
});
