/**
 * Topics: renamed and forwarded by support (to the team owning the topic's product unless another
 * is named), answered by the PRODUCT members of the team it was forwarded to. An answer is all the
 * resolver writes: the loop back delivers it to every reporter.
 */
import { requireStaff } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { FeedbackTopicRecord } from '@deskstream/feedback-read-models';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { ROLES, checkCommandId, feedbackError, staffActor, storeActor } from './access';
import { orThrow, type FeedbackDeps } from './deps';

type Mutations = Pick<MutationResolvers, 'renameFeedbackTopic' | 'forwardFeedbackTopic' | 'answerFeedbackTopic'>;

export function topicMutations(deps: FeedbackDeps): Mutations {
  const { readModel, commands, now } = deps;
  const topicOf = (topicId: string): FeedbackTopicRecord => {
    const topic = readModel.topic(topicId);
    if (!topic) throw feedbackError('FEEDBACK_TOPIC_NOT_FOUND');
    return topic;
  };

  return {
    renameFeedbackTopic: async (_root, { topicId, title, commandId }, context) => {
      const staff = requireStaff(context, ROLES.triage);
      checkCommandId(commandId);
      topicOf(topicId);
      const data = { topicId, title, by: staffActor(staff), at: now().toISOString() };
      orThrow(await commands.topic({ type: 'RenameFeedbackTopic', data }, commandId, storeActor(staff)));
      return readModel.topic(topicId)!;
    },
    forwardFeedbackTopic: async (_root, { topicId, teamId, commandId }, context) => {
      const staff = requireStaff(context, ROLES.triage);
      checkCommandId(commandId);
      const topic = topicOf(topicId);
      const team = teamId ? readModel.teams.get(teamId) : readModel.teamOwning(topic.product);
      if (!team) throw feedbackError(teamId ? 'FEEDBACK_TEAM_NOT_FOUND' : 'FEEDBACK_TOPIC_NO_TEAM');
      const data = { topicId, teamId: team.id, by: staffActor(staff), at: now().toISOString() };
      orThrow(await commands.topic({ type: 'ForwardFeedbackTopic', data }, commandId, storeActor(staff)));
      return readModel.topic(topicId)!;
    },
    answerFeedbackTopic: async (_root, { topicId, input, commandId }, context) => {
      const staff = requireStaff(context, ROLES.product);
      checkCommandId(commandId);
      const topic = topicOf(topicId);
      if (!topic.teamId) throw feedbackError('FEEDBACK_TOPIC_NOT_FORWARDED');
      if (!readModel.teams.get(topic.teamId)?.members.includes(staff.id))
        throw feedbackError('FEEDBACK_NOT_TEAM_MEMBER');
      const data = {
        topicId,
        answerId: eventIdFor(`${commandId}:answer`, 0),
        status: input.status,
        version: input.version ?? null,
        reason: input.reason ?? null,
        note: input.note ?? null,
        by: staffActor(staff),
        at: now().toISOString(),
      };
      orThrow(await commands.topic({ type: 'AnswerFeedbackTopic', data }, commandId, storeActor(staff)));
      return readModel.topic(topicId)!;
    },
  };
}
