/** Feedback's triage projection for the runner: items, topics, teams, and the catalogue's products and versions. */
import { CATALOGUE_EVENT_TYPES, type CatalogueEvent } from '@deskstream/customers-domain';
import type { Projection, RecordedEvent } from '@deskstream/event-sourcing';
import type { ArticleVoted } from '@deskstream/knowledge-base-domain';
import {
  FEEDBACK_ITEM_EVENT_TYPES,
  FEEDBACK_TOPIC_EVENT_TYPES,
  PRODUCT_TEAM_EVENT_TYPES,
  type FeedbackItemEvent,
  type FeedbackTopicEvent,
  type ProductTeamEvent,
} from '@deskstream/feedback-domain';
import type { FeedbackTriageReadModel } from './triage-read-model';

export const FEEDBACK_TRIAGE_PROJECTION = 'feedback-triage';

export type FeedbackTriageEvent = FeedbackItemEvent | FeedbackTopicEvent | ProductTeamEvent | CatalogueEvent;
type HandledEvent = FeedbackTriageEvent | ArticleVoted;

const ITEM_EVENTS: ReadonlySet<string> = new Set(FEEDBACK_ITEM_EVENT_TYPES);
const TOPIC_EVENTS: ReadonlySet<string> = new Set(FEEDBACK_TOPIC_EVENT_TYPES);
const TEAM_EVENTS: ReadonlySet<string> = new Set(PRODUCT_TEAM_EVENT_TYPES);

export function applyTriageEvent(model: FeedbackTriageReadModel, event: FeedbackTriageEvent): boolean {
  if (ITEM_EVENTS.has(event.type)) return model.applyItem(event as FeedbackItemEvent);
  if (TOPIC_EVENTS.has(event.type)) return model.applyTopic(event as FeedbackTopicEvent);
  if (TEAM_EVENTS.has(event.type)) return model.applyTeam(event as ProductTeamEvent);
  return model.applyCatalogue(event as CatalogueEvent);
}

export function feedbackTriageProjection(model: FeedbackTriageReadModel): Projection<HandledEvent> {
  return {
    name: FEEDBACK_TRIAGE_PROJECTION,
    handles: [
      ...FEEDBACK_ITEM_EVENT_TYPES,
      ...FEEDBACK_TOPIC_EVENT_TYPES,
      ...PRODUCT_TEAM_EVENT_TYPES,
      ...CATALOGUE_EVENT_TYPES,
      'ArticleVoted',
    ],
    apply: (event) =>
      event.type === 'ArticleVoted'
        ? model.votes.applyVote(event as RecordedEvent<ArticleVoted>)
        : applyTriageEvent(model, event),
  };
}
