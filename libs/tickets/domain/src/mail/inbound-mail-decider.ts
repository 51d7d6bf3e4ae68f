/**
 * Each inbound mail's stream (`inbound-mail-<key>`, the key a hash of its Message-ID): received
 * once — the same Message-ID delivered again finds it there and is not processed twice — and then
 * what became of it. A mail received but not yet processed (the api stopped in between) is
 * processed again by its next delivery.
 */
import { errorTable, type Decider, type Rejection } from '@deskstream/domain-kit';
import type { InboundMailEvent, InboundMailProcessed, InboundMailReceived } from '../inbound-mail-events';

export const INBOUND_MAIL_ERRORS = errorTable('INBOUND_MAIL', {
  INBOUND_MAIL_ALREADY_PROCESSED: { code: 'CONFLICT', message: 'This mail was received and processed before.' },
  INBOUND_MAIL_NOT_RECEIVED: { code: 'CONFLICT', message: 'This mail has not been received.' },
});
export type InboundMailErrorReason = keyof typeof INBOUND_MAIL_ERRORS.entries;

export type InboundMailCommand =
  | { type: 'ReceiveInboundMail'; data: InboundMailReceived['data'] }
  | { type: 'RecordInboundMailOutcome'; data: InboundMailProcessed['data'] };

export interface InboundMailState {
  received: InboundMailReceived['data'] | null;
  processed: InboundMailProcessed['data'] | null;
}

export const inboundMailDecider: Decider<
  InboundMailCommand,
  InboundMailEvent,
  InboundMailState,
  Rejection<InboundMailErrorReason>
> = {
  initialState: () => ({ received: null, processed: null }),
  evolve(state, event) {
    return event.type === 'InboundMailReceived'
      ? { ...state, received: event.data }
      : { ...state, processed: event.data };
  },
  decide(command, state) {
    if (command.type === 'ReceiveInboundMail') {
      if (state.processed) return INBOUND_MAIL_ERRORS.reject('INBOUND_MAIL_ALREADY_PROCESSED');
      return state.received ? [] : [{ type: 'InboundMailReceived', data: command.data }];
    }
    if (!state.received) return INBOUND_MAIL_ERRORS.reject('INBOUND_MAIL_NOT_RECEIVED');
    return state.processed ? [] : [{ type: 'InboundMailProcessed', data: command.data }];
  },
};
