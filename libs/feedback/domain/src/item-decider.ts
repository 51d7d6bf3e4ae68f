/**
 * A feedback item (`feedback-<itemId>`): captured once (a retried capture finds it), classified,
 * dismissed as noise or restored, grouped into a topic (moved from another one), and each answer
 * of its topic delivered back to its reporter once per answer and occasion. Pure; time in the command.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type {
  FeedbackActor,
  FeedbackAnswerDelivered,
  FeedbackAnswerUndeliverable,
  FeedbackCaptured,
  FeedbackClassification,
  FeedbackDismissReason,
  FeedbackItemEvent,
} from './feedback-events';
import { reject, type FeedbackRejection } from './errors';
import { checkClassification, checkFeedbackText, isRejectionOf } from './input-rules';

type Stamp = { itemId: string; by: FeedbackActor; at: string };

export type FeedbackItemCommand =
  | { type: 'CaptureFeedback'; data: FeedbackCaptured['data'] }
  | { type: 'ClassifyFeedback'; data: Stamp & FeedbackClassification }
  | { type: 'DismissFeedback'; data: Stamp & { reason: FeedbackDismissReason; duplicateOf: string | null } }
  | { type: 'RestoreFeedback'; data: Stamp }
  | { type: 'GroupFeedback'; data: Stamp & { topicId: string; suggested: boolean; score: number | null } }
  | { type: 'UngroupFeedback'; data: Stamp }
  | { type: 'RecordFeedbackDelivery'; data: FeedbackAnswerDelivered['data'] | FeedbackAnswerUndeliverable['data'] };

export interface FeedbackItemState {
  exists: boolean;
  classification: FeedbackClassification | null;
  dismissed: { reason: FeedbackDismissReason; duplicateOf: string | null } | null;
  topicId: string | null;
  /** `<answerId>:<occasion>` of every answer delivered (or found undeliverable) to this reporter. */
  deliveries: Set<string>;
}

const deliveryKey = (data: { answerId: string; occasion: string }) => `${data.answerId}:${data.occasion}`;

const sameClassification = (a: FeedbackClassification, b: FeedbackClassification) =>
  a.product === b.product &&
  a.version === b.version &&
  a.build === b.build &&
  a.kind === b.kind &&
  a.severity === b.severity &&
  a.tags.length === b.tags.length &&
  a.tags.every((tag, index) => b.tags[index] === tag);

function capture(data: FeedbackCaptured['data'], state: FeedbackItemState): FeedbackItemEvent[] | FeedbackRejection {
  if (state.exists) return [];
  const text = checkFeedbackText(data.text);
  if (isRejectionOf(text)) return text;
  const classification = checkClassification(data);
  if (isRejectionOf(classification)) return classification;
  return [{ type: 'FeedbackCaptured', data: { ...data, ...classification, text } }];
}

function classify(
  data: Stamp & FeedbackClassification,
  state: FeedbackItemState,
): FeedbackItemEvent[] | FeedbackRejection {
  if (state.dismissed) return reject('FEEDBACK_ITEM_DISMISSED');
  const classification = checkClassification(data);
  if (isRejectionOf(classification)) return classification;
  if (state.classification && sameClassification(state.classification, classification)) return [];
  return [{ type: 'FeedbackClassified', data: { ...classification, itemId: data.itemId, by: data.by, at: data.at } }];
}

function decide(command: FeedbackItemCommand, state: FeedbackItemState): FeedbackItemEvent[] | FeedbackRejection {
  if (command.type === 'CaptureFeedback') return capture(command.data, state);
  if (!state.exists) return reject('FEEDBACK_ITEM_NOT_FOUND');
  switch (command.type) {
    case 'ClassifyFeedback':
      return classify(command.data, state);
    case 'DismissFeedback': {
      const { reason, duplicateOf } = command.data;
      const duplicate = reason === 'DUPLICATE' ? duplicateOf : null;
      if (reason === 'DUPLICATE' && (!duplicate || duplicate === command.data.itemId))
        return reject('FEEDBACK_DUPLICATE_OF_REQUIRED');
      if (state.dismissed?.reason === reason && state.dismissed.duplicateOf === duplicate) return [];
      if (state.topicId) return reject('FEEDBACK_ITEM_GROUPED');
      return [{ type: 'FeedbackDismissed', data: { ...command.data, duplicateOf: duplicate } }];
    }
    case 'RestoreFeedback':
      return state.dismissed ? [{ type: 'FeedbackRestored', data: command.data }] : [];
    case 'GroupFeedback': {
      if (state.dismissed) return reject('FEEDBACK_ITEM_DISMISSED');
      if (state.topicId === command.data.topicId) return [];
      const { itemId, by, at } = command.data;
      const leave: FeedbackItemEvent[] = state.topicId
        ? [{ type: 'FeedbackUngrouped', data: { itemId, topicId: state.topicId, by, at } }]
        : [];
      return [...leave, { type: 'FeedbackGrouped', data: command.data }];
    }
    case 'UngroupFeedback':
      return state.topicId ? [{ type: 'FeedbackUngrouped', data: { ...command.data, topicId: state.topicId } }] : [];
    case 'RecordFeedbackDelivery': {
      if (state.deliveries.has(deliveryKey(command.data))) return [];
      return 'reason' in command.data
        ? [{ type: 'FeedbackAnswerUndeliverable', data: command.data }]
        : [{ type: 'FeedbackAnswerDelivered', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

const classificationOf = (data: FeedbackClassification): FeedbackClassification => ({
  product: data.product,
  version: data.version,
  build: data.build,
  kind: data.kind,
  severity: data.severity,
  tags: data.tags,
});

function evolve(state: FeedbackItemState, event: FeedbackItemEvent): FeedbackItemState {
  switch (event.type) {
    case 'FeedbackCaptured':
      return { ...state, exists: true, classification: classificationOf(event.data) };
    case 'FeedbackClassified':
      return { ...state, classification: classificationOf(event.data) };
    case 'FeedbackDismissed':
      return { ...state, dismissed: { reason: event.data.reason, duplicateOf: event.data.duplicateOf } };
    case 'FeedbackRestored':
      return { ...state, dismissed: null };
    case 'FeedbackGrouped':
      return { ...state, topicId: event.data.topicId };
    case 'FeedbackUngrouped':
      return { ...state, topicId: state.topicId === event.data.topicId ? null : state.topicId };
    case 'FeedbackAnswerDelivered':
    case 'FeedbackAnswerUndeliverable':
      return { ...state, deliveries: new Set(state.deliveries).add(deliveryKey(event.data)) };
    default:
      return assertNever(event);
  }
}

export const feedbackItemDecider: Decider<
  FeedbackItemCommand,
  FeedbackItemEvent,
  FeedbackItemState,
  FeedbackRejection
> = {
  initialState: () => ({ exists: false, classification: null, dismissed: null, topicId: null, deliveries: new Set() }),
  evolve,
  decide,
};
