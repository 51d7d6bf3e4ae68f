/** What the triage read model keeps per item, topic and team: the records the GraphQL types resolve from. */
import type {
  FeedbackActor,
  FeedbackAnswerStatus,
  FeedbackChannel,
  FeedbackClassification,
  FeedbackDeliveryChannel,
  FeedbackDeliveryOccasion,
  FeedbackDismissReason,
  FeedbackKind,
  FeedbackLanguage,
  FeedbackReporter,
  FeedbackSource,
  FeedbackUndeliverableReason,
} from '@deskstream/feedback-domain';

export type FeedbackItemState = 'OPEN' | 'GROUPED' | 'DISMISSED';
export type FeedbackTopicState = 'OPEN' | 'FORWARDED' | 'ANSWERED';

export interface FeedbackDeliveryRecord {
  answerId: string;
  topicId: string;
  occasion: FeedbackDeliveryOccasion;
  delivered: boolean;
  channel: FeedbackDeliveryChannel | null;
  mailId: string | null;
  ticketId: string | null;
  language: FeedbackLanguage | null;
  reason: FeedbackUndeliverableReason | null;
  at: string;
}

export interface FeedbackDismissalRecord {
  reason: FeedbackDismissReason;
  duplicateOf: string | null;
  by: FeedbackActor;
  at: string;
}

export interface FeedbackItemRecord extends FeedbackClassification {
  id: string;
  source: FeedbackSource;
  channel: FeedbackChannel;
  text: string;
  reporter: FeedbackReporter;
  language: FeedbackLanguage;
  capturedBy: FeedbackActor;
  capturedAt: string;
  state: FeedbackItemState;
  dismissal: FeedbackDismissalRecord | null;
  topicId: string | null;
  deliveries: FeedbackDeliveryRecord[];
  /** The item's place in the queue's order (capture order). */
  sequence: number;
}

export interface FeedbackAnswerRecord {
  id: string;
  status: FeedbackAnswerStatus;
  version: string | null;
  reason: string | null;
  note: string | null;
  by: FeedbackActor;
  at: string;
  fixReleasedAt: string | null;
}

export interface FeedbackTopicRecord {
  id: string;
  title: string;
  product: string | null;
  kind: FeedbackKind | null;
  openedBy: FeedbackActor;
  openedAt: string;
  teamId: string | null;
  forwardedAt: string | null;
  answers: FeedbackAnswerRecord[];
  itemIds: Set<string>;
  /** Last change, for "newest activity first". */
  updatedAt: string;
  sequence: number;
}

export interface ProductTeamRecord {
  id: string;
  name: string;
  products: string[];
  members: string[];
  personalDataGranted: boolean;
}
