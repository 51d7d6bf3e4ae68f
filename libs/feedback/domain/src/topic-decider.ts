/**
 * A feedback topic (`feedback-topic-<topicId>`): opened with a title (a retried open finds it),
 * renamed, forwarded to a product team, answered by the team (several answers over time, each once),
 * and a FIXED answer's fix released when its version ships. Pure; time in the command.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type {
  FeedbackActor,
  FeedbackAnswerStatus,
  FeedbackKind,
  FeedbackTopicAnswered,
  FeedbackTopicEvent,
} from './feedback-events';
import { reject, type FeedbackRejection } from './errors';
import { FEEDBACK_LIMITS, characters, checkTopicTitle, isRejectionOf } from './input-rules';

type Stamp = { topicId: string; by: FeedbackActor; at: string };

export type FeedbackTopicCommand =
  | { type: 'OpenFeedbackTopic'; data: Stamp & { title: string; product: string | null; kind: FeedbackKind | null } }
  | { type: 'RenameFeedbackTopic'; data: Stamp & { title: string } }
  | { type: 'ForwardFeedbackTopic'; data: Stamp & { teamId: string } }
  | { type: 'AnswerFeedbackTopic'; data: FeedbackTopicAnswered['data'] }
  | { type: 'ReleaseFeedbackFix'; data: { topicId: string; answerId: string; version: string; at: string } };

export interface FeedbackTopicState {
  exists: boolean;
  title: string;
  teamId: string | null;
  answers: Map<string, { status: FeedbackAnswerStatus; version: string | null; released: boolean }>;
}

const optionalText = (text: string | null) => text?.trim() || null;

function answer(data: FeedbackTopicAnswered['data'], state: FeedbackTopicState) {
  if (state.answers.has(data.answerId)) return [];
  if (!state.teamId) return reject('FEEDBACK_TOPIC_NOT_FORWARDED');
  const version = optionalText(data.version);
  const reason = optionalText(data.reason);
  const note = optionalText(data.note);
  if ((data.status === 'PLANNED' || data.status === 'FIXED') && !version)
    return reject('FEEDBACK_ANSWER_VERSION_REQUIRED');
  if (version && characters(version) > FEEDBACK_LIMITS.versionLength) return reject('FEEDBACK_BUILD_INVALID');
  if (data.status === 'WONT_FIX' && !reason) return reject('FEEDBACK_ANSWER_REASON_REQUIRED');
  if ([reason, note].some((text) => text !== null && characters(text) > FEEDBACK_LIMITS.answerNoteLength))
    return reject('FEEDBACK_ANSWER_NOTE_INVALID');
  if (state.answers.size >= FEEDBACK_LIMITS.answersPerTopic) return reject('FEEDBACK_TOPIC_FULL');
  const keepsVersion = data.status === 'PLANNED' || data.status === 'FIXED';
  return [
    {
      type: 'FeedbackTopicAnswered' as const,
      data: {
        ...data,
        version: keepsVersion ? version : null,
        reason: data.status === 'WONT_FIX' ? reason : null,
        note,
      },
    },
  ];
}

function decide(command: FeedbackTopicCommand, state: FeedbackTopicState): FeedbackTopicEvent[] | FeedbackRejection {
  if (command.type === 'OpenFeedbackTopic') {
    if (state.exists) return [];
    const title = checkTopicTitle(command.data.title);
    if (isRejectionOf(title)) return title;
    return [{ type: 'FeedbackTopicOpened', data: { ...command.data, title } }];
  }
  if (!state.exists) return reject('FEEDBACK_TOPIC_NOT_FOUND');
  switch (command.type) {
    case 'RenameFeedbackTopic': {
      const title = checkTopicTitle(command.data.title);
      if (isRejectionOf(title)) return title;
      return title === state.title ? [] : [{ type: 'FeedbackTopicRenamed', data: { ...command.data, title } }];
    }
    case 'ForwardFeedbackTopic':
      return state.teamId === command.data.teamId ? [] : [{ type: 'FeedbackTopicForwarded', data: command.data }];
    case 'AnswerFeedbackTopic':
      return answer(command.data, state);
    case 'ReleaseFeedbackFix': {
      const given = state.answers.get(command.data.answerId);
      if (!given || given.status !== 'FIXED' || given.version !== command.data.version)
        return reject('FEEDBACK_ANSWER_NOT_FOUND');
      return given.released ? [] : [{ type: 'FeedbackTopicFixReleased', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: FeedbackTopicState, event: FeedbackTopicEvent): FeedbackTopicState {
  switch (event.type) {
    case 'FeedbackTopicOpened':
      return { ...state, exists: true, title: event.data.title };
    case 'FeedbackTopicRenamed':
      return { ...state, title: event.data.title };
    case 'FeedbackTopicForwarded':
      return { ...state, teamId: event.data.teamId };
    case 'FeedbackTopicAnswered': {
      const { answerId, status, version } = event.data;
      return { ...state, answers: new Map(state.answers).set(answerId, { status, version, released: false }) };
    }
    case 'FeedbackTopicFixReleased': {
      const given = state.answers.get(event.data.answerId);
      if (!given) return state;
      return { ...state, answers: new Map(state.answers).set(event.data.answerId, { ...given, released: true }) };
    }
    default:
      return assertNever(event);
  }
}

export const feedbackTopicDecider: Decider<
  FeedbackTopicCommand,
  FeedbackTopicEvent,
  FeedbackTopicState,
  FeedbackRejection
> = {
  initialState: () => ({ exists: false, title: '', teamId: null, answers: new Map() }),
  evolve,
  decide,
};
