/** The surveys read model in the runner. */
import { CALL_EVENT_TYPES } from '@deskstream/calls-domain';
import { CATALOGUE_EVENT_TYPES, CUSTOMER_EVENT_TYPES, REGISTRATION_EVENT_TYPES } from '@deskstream/customers-domain';
import type { Projection } from '@deskstream/event-sourcing';
import { SURVEY_EVENT_TYPES } from '@deskstream/feedback-domain';
import type { SurveyReadModelEvent, SurveysReadModel } from './survey-read-model';

export const SURVEY_READ_MODEL_EVENT_TYPES = [
  ...SURVEY_EVENT_TYPES,
  'TicketOpened',
  'TicketStatusChanged',
  ...CALL_EVENT_TYPES,
  ...CUSTOMER_EVENT_TYPES,
  ...REGISTRATION_EVENT_TYPES,
  ...CATALOGUE_EVENT_TYPES,
] as const satisfies readonly SurveyReadModelEvent['type'][];

export function surveysProjection(readModel: SurveysReadModel): Projection<SurveyReadModelEvent> {
  return {
    name: 'feedback-surveys',
    handles: SURVEY_READ_MODEL_EVENT_TYPES,
    apply: (event) => readModel.apply(event),
  };
}
