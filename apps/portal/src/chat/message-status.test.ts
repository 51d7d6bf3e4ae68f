import { describe, expect, it } from 'vitest';
import { entry } from '../testing/portal-harness';
import { deliveryOf } from './message-status';

const visitor = (id: string) => entry({ id, text: id });
const agent = (id: string) => entry({ id, text: id, author: { kind: 'AGENT', name: 'Sara Ahmadi' } });
const notice = (id: string, kind: 'ACCEPTED' | 'TRANSFERRED' | 'CLOSED_BY_VISITOR' | 'CLOSED_BY_AGENT') =>
  entry({ id, kind: 'NOTICE', author: { kind: 'SYSTEM', name: '' }, text: id, notice: kind });

describe('deliveryOf', () => {
  it('leaves messages sent while the chat waits for an agent', () => {
    expect([...deliveryOf([visitor('q'), visitor('more')], 'PENDING')]).toEqual([
      ['more', 'sent'],
      ['q', 'sent'],
    ]);
  });

  it('delivers everything before an agent acted, and everything while an agent holds the chat', () => {
    const transcript = [visitor('q'), notice('joined', 'ACCEPTED'), agent('hi'), visitor('thanks')];
    expect(Object.fromEntries(deliveryOf(transcript, 'ACTIVE'))).toEqual({ q: 'delivered', thanks: 'delivered' });
  });

  it('after a transfer back to a queue, only what came before it is delivered', () => {
    const transcript = [
      visitor('q'),
      notice('joined', 'ACCEPTED'),
      visitor('before'),
      notice('moved', 'TRANSFERRED'),
      visitor('after'),
    ];
    expect(Object.fromEntries(deliveryOf(transcript, 'PENDING'))).toEqual({
      q: 'delivered',
      before: 'delivered',
      after: 'sent',
    });
  });

  it('counts the visitor closing the chat as nobody having seen what came last', () => {
    const transcript = [visitor('q'), notice('closed', 'CLOSED_BY_VISITOR')];
    expect(Object.fromEntries(deliveryOf(transcript, 'CLOSED'))).toEqual({ q: 'sent' });
    expect(Object.fromEntries(deliveryOf([visitor('q'), notice('closed', 'CLOSED_BY_AGENT')], 'CLOSED'))).toEqual({
      q: 'delivered',
    });
  });
});
