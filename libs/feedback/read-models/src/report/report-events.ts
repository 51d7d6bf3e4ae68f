/**
 * The events the report folds: feedback's own (items, topics, teams, the definition, surveys),
 * chat's ratings (a chat's satisfaction answer), the knowledge base's searches that found
 * nothing, the customers context's product catalogue, and tickets' numbers.
 */
import type { ChatRated } from '@deskstream/chat-domain';
import { CATALOGUE_EVENT_TYPES, type CatalogueEvent } from '@deskstream/customers-domain';
import {
  FEEDBACK_ITEM_EVENT_TYPES,
  FEEDBACK_REPORT_DEFINITION_EVENT_TYPES,
  FEEDBACK_TOPIC_EVENT_TYPES,
  PRODUCT_TEAM_EVENT_TYPES,
  SURVEY_EVENT_TYPES,
  type FeedbackContextEvent,
} from '@deskstream/feedback-domain';
import type { KnowledgeBaseSearchFoundNothing } from '@deskstream/knowledge-base-domain';
import type { TicketOpened } from '@deskstream/tickets-domain';

export type ReportEvent =
  FeedbackContextEvent | ChatRated | KnowledgeBaseSearchFoundNothing | CatalogueEvent | TicketOpened;

export const REPORT_EVENT_TYPES = [
  ...FEEDBACK_ITEM_EVENT_TYPES,
  ...FEEDBACK_TOPIC_EVENT_TYPES,
  ...PRODUCT_TEAM_EVENT_TYPES,
  ...FEEDBACK_REPORT_DEFINITION_EVENT_TYPES,
  ...SURVEY_EVENT_TYPES,
  'ChatRated',
  'KnowledgeBaseSearchFoundNothing',
  ...CATALOGUE_EVENT_TYPES,
  'TicketOpened',
] as const satisfies readonly ReportEvent['type'][];
