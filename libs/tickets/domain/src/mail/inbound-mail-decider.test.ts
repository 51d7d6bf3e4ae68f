import { describe, expect, it } from 'vitest';
import { fold } from '@deskstream/domain-kit';
import type { InboundMailEvent } from '../inbound-mail-events';
import { inboundMailDecider } from './inbound-mail-decider';

const received = {
  key: 'k',
  messageId: 'm@x',
  from: 'sara@example.org',
  to: ['help@deskstream.localhost'],
  subject: 'Hi',
  rawHash: 'h',
  size: 10,
  source: 'smtp' as const,
  receivedAt: '2026-12-07T10:00:00.000Z',
};
const processed = {
  key: 'k',
  outcome: 'OPENED' as const,
  ticketId: 't1',
  departmentId: 'd1',
  detail: 'new conversation',
  processedAt: '2026-12-07T10:00:01.000Z',
};
const state = (events: InboundMailEvent[]) => fold(inboundMailDecider, events);

describe('an inbound mail’s stream', () => {
  it('is received once; a second delivery before processing goes on, after processing is refused', () => {
    const receive = { type: 'ReceiveInboundMail' as const, data: received };
    expect(inboundMailDecider.decide(receive, state([]))).toEqual([{ type: 'InboundMailReceived', data: received }]);
    expect(inboundMailDecider.decide(receive, state([{ type: 'InboundMailReceived', data: received }]))).toEqual([]);
    const done = state([
      { type: 'InboundMailReceived', data: received },
      { type: 'InboundMailProcessed', data: processed },
    ]);
    expect(inboundMailDecider.decide(receive, done)).toMatchObject({ code: 'INBOUND_MAIL_ALREADY_PROCESSED' });
  });

  it('records one outcome, only for a received mail', () => {
    const record = { type: 'RecordInboundMailOutcome' as const, data: processed };
    expect(inboundMailDecider.decide(record, state([]))).toMatchObject({ code: 'INBOUND_MAIL_NOT_RECEIVED' });
    expect(inboundMailDecider.decide(record, state([{ type: 'InboundMailReceived', data: received }]))).toHaveLength(1);
  });
});
