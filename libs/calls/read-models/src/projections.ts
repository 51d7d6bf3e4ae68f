/** Calls' projection for the runner: calls and callbacks, follow-up lists and the webhook token. */
import {
  CALL_EVENT_TYPES,
  CALL_LIST_EVENT_TYPES,
  CTI_SETTINGS_EVENT_TYPES,
  type CallEvent,
  type CallListEvent,
  type CallsContextEvent,
} from '@deskstream/calls-domain';
import type { Projection } from '@deskstream/event-sourcing';
import type { CallsReadModel } from './calls-read-model';

export const CALLS_PROJECTION = 'calls';

const CALL_EVENTS: ReadonlySet<string> = new Set(CALL_EVENT_TYPES);
const LIST_EVENTS: ReadonlySet<string> = new Set(CALL_LIST_EVENT_TYPES);

/** Applies one calls event; false when nothing changed. */
export function applyCallsEvent(readModel: CallsReadModel, event: CallsContextEvent): boolean {
  if (CALL_EVENTS.has(event.type)) return readModel.applyCall(event as CallEvent);
  if (LIST_EVENTS.has(event.type)) return readModel.applyList(event as CallListEvent);
  return event.type === 'CtiTokenSet' ? readModel.applySettings(event) : false;
}

export function callsProjection(readModel: CallsReadModel): Projection<CallsContextEvent> {
  return {
    name: CALLS_PROJECTION,
    handles: [...CALL_EVENT_TYPES, ...CALL_LIST_EVENT_TYPES, ...CTI_SETTINGS_EVENT_TYPES],
    apply: (event) => applyCallsEvent(readModel, event),
  };
}
