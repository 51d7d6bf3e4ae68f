/**
 * Operations' projections: the api's runner gives it the other contexts' events it folds and its
 * own settings; a rebuild's runner gives new figures the folded events only.
 */
import { OPERATIONS_SETTINGS_EVENT_TYPES, type OperationsSettingsEvent } from '@deskstream/operations-domain';
import type { Projection } from '@deskstream/event-sourcing';
import type { RequesterTypesConfigured } from '@deskstream/tickets-domain';
import { FOLDED_EVENT_TYPES, type FoldedEvent, type OperationsFigures } from './operations-figures';
import type { OperationsReadModel } from './operations-read-model';

export const OPERATIONS_PROJECTION = 'operations';
export const OPERATIONS_REBUILD_PROJECTION = 'operations-rebuild';

const SETTINGS_EVENTS: ReadonlySet<string> = new Set(OPERATIONS_SETTINGS_EVENT_TYPES);

type OperationsProjected = FoldedEvent | OperationsSettingsEvent | RequesterTypesConfigured;

export function operationsProjection(readModel: OperationsReadModel): Projection<OperationsProjected> {
  return {
    name: OPERATIONS_PROJECTION,
    handles: [...FOLDED_EVENT_TYPES, ...OPERATIONS_SETTINGS_EVENT_TYPES, 'RequesterTypesConfigured'],
    apply: (event) => {
      if (SETTINGS_EVENTS.has(event.type)) return readModel.applySettings(event as OperationsSettingsEvent);
      if (event.type === 'RequesterTypesConfigured') return readModel.applyRequesterTypes(event);
      return readModel.figures.apply(event as FoldedEvent);
    },
  };
}

export function figuresProjection(figures: OperationsFigures): Projection<FoldedEvent> {
  return {
    name: OPERATIONS_REBUILD_PROJECTION,
    handles: FOLDED_EVENT_TYPES,
    apply: (event) => figures.apply(event),
  };
}
