/**
 * The customers projections for the runner: the directory from the context's own events, and the
 * timelines from the other contexts' published events and the registrations.
 */
import type { Projection } from '@deskstream/event-sourcing';
import { CUSTOMERS_EVENT_TYPES, type CustomersContextEvent } from '@deskstream/customers-domain';
import type { CustomersReadModel } from './read-model';
import { TIMELINE_SOURCE_TYPES, type TimelineSourceEvent } from './timeline-source-types';

export const CUSTOMERS_PROJECTION = 'customers';
export const CUSTOMER_TIMELINES_PROJECTION = 'customer-timelines';

export function customersProjection(readModel: CustomersReadModel): Projection<CustomersContextEvent> {
  return {
    name: CUSTOMERS_PROJECTION,
    handles: CUSTOMERS_EVENT_TYPES,
    apply: (event) => readModel.directory.apply(event, Number(event.revision)),
  };
}

export function customerTimelinesProjection(readModel: CustomersReadModel): Projection<TimelineSourceEvent> {
  return {
    name: CUSTOMER_TIMELINES_PROJECTION,
    handles: TIMELINE_SOURCE_TYPES,
    apply: (event) => readModel.timelines.apply(event),
  };
}
