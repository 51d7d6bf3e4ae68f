/**
 * The webhook's token when CTI_TOKEN is not set (`cti-settings`): generated once on the first
 * start, rotated by an admin. The token comes in the command (drawn by the api).
 */
import { type Decider } from '@deskstream/domain-kit';
import type { CallActor, CtiSettingsEvent } from './calls-events';
import type { CallsRejection } from './errors';

export type CtiSettingsCommand =
  | { type: 'GenerateCtiToken'; data: { token: string; at: string } }
  | { type: 'RotateCtiToken'; data: { token: string; by: CallActor; at: string } };

export interface CtiSettingsState {
  token: string | null;
}

export const CTI_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export const ctiSettingsDecider: Decider<CtiSettingsCommand, CtiSettingsEvent, CtiSettingsState, CallsRejection> = {
  initialState: () => ({ token: null }),
  evolve: (_state, event) => ({ token: event.data.token }),
  decide(command, state) {
    if (command.type === 'GenerateCtiToken') {
      if (state.token !== null) return [];
      const { token, at } = command.data;
      return [{ type: 'CtiTokenSet', data: { token, reason: 'GENERATED', by: { kind: 'system', id: 'calls' }, at } }];
    }
    if (state.token === command.data.token) return [];
    return [{ type: 'CtiTokenSet', data: { ...command.data, reason: 'ROTATED' } }];
  },
};
