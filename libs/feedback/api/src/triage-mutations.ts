/** Triage: classify, dismiss as noise and restore, group items into a topic (an existing or a new one), take one out. */
import { requireStaff } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import { FEEDBACK_LIMITS } from '@deskstream/feedback-domain';
import type { FeedbackItemRecord } from '@deskstream/feedback-read-models';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { ROLES, checkCommandId, feedbackError, staffActor, storeActor } from './access';
import { checkCatalogue, classificationFrom, orThrow, type FeedbackDeps } from './deps';

type Mutations = Pick<
  MutationResolvers,
  'classifyFeedback' | 'dismissFeedback' | 'restoreFeedback' | 'groupFeedback' | 'ungroupFeedback'
>;

export function triageMutations(deps: FeedbackDeps): Mutations {
  const { readModel, commands, now } = deps;
  const itemOf = (itemId: string): FeedbackItemRecord => {
    const item = readModel.item(itemId);
    if (!item) throw feedbackError('FEEDBACK_ITEM_NOT_FOUND');
    return item;
  };
  const begin = (context: Parameters<typeof requireStaff>[0], commandId: string) => {
    const staff = requireStaff(context, ROLES.triage);
    checkCommandId(commandId);
    return { staff, by: staffActor(staff), at: now().toISOString(), actor: storeActor(staff) };
  };

  return {
    classifyFeedback: async (_root, { itemId, input, commandId }, context) => {
      const { by, at, actor } = begin(context, commandId);
      const item = itemOf(itemId);
      const classification = classificationFrom(input, item);
      checkCatalogue(readModel, classification.product, classification.version);
      orThrow(
        await commands.item(
          { type: 'ClassifyFeedback', data: { itemId, ...classification, by, at } },
          commandId,
          actor,
        ),
      );
      return readModel.item(itemId)!;
    },
    dismissFeedback: async (_root, { itemId, reason, duplicateOf, commandId }, context) => {
      const { by, at, actor } = begin(context, commandId);
      itemOf(itemId);
      if (reason === 'DUPLICATE' && duplicateOf && !readModel.item(duplicateOf))
        throw feedbackError('FEEDBACK_DUPLICATE_OF_REQUIRED');
      const data = { itemId, reason, duplicateOf: duplicateOf ?? null, by, at };
      orThrow(await commands.item({ type: 'DismissFeedback', data }, commandId, actor));
      return readModel.item(itemId)!;
    },
    restoreFeedback: async (_root, { itemId, commandId }, context) => {
      const { by, at, actor } = begin(context, commandId);
      itemOf(itemId);
      orThrow(await commands.item({ type: 'RestoreFeedback', data: { itemId, by, at } }, commandId, actor));
      return readModel.item(itemId)!;
    },
    groupFeedback: async (_root, { input, commandId }, context) => {
      const { by, at, actor } = begin(context, commandId);
      const itemIds = [...new Set(input.itemIds)];
      const oneTarget = (input.topicId ? 1 : 0) + (input.newTopic ? 1 : 0) === 1;
      if (!oneTarget || itemIds.length < 1 || itemIds.length > FEEDBACK_LIMITS.groupItems)
        throw feedbackError('FEEDBACK_GROUP_INVALID');
      // Every item is checked before anything is written: no half-grouped topic.
      const items = itemIds.map(itemOf);
      if (items.some((item) => item.state === 'DISMISSED')) throw feedbackError('FEEDBACK_ITEM_DISMISSED');
      let topicId = input.topicId ?? eventIdFor(`${commandId}:topic`, 0);
      if (input.newTopic) {
        const first = items[0]!;
        const product = input.newTopic.product ?? first.product;
        checkCatalogue(readModel, product, null);
        const data = { topicId, title: input.newTopic.title, product, kind: input.newTopic.kind ?? first.kind, by, at };
        orThrow(await commands.topic({ type: 'OpenFeedbackTopic', data }, `${commandId}:open`, actor));
      } else if (!readModel.topic(topicId)) throw feedbackError('FEEDBACK_TOPIC_NOT_FOUND');
      const suggested = input.suggested ?? false;
      const score = suggested ? (input.score ?? null) : null;
      for (const item of items) {
        const data = { itemId: item.id, topicId, suggested, score, by, at };
        orThrow(await commands.item({ type: 'GroupFeedback', data }, `${commandId}:${item.id}`, actor));
      }
      topicId = readModel.topic(topicId)!.id;
      return readModel.topic(topicId)!;
    },
    ungroupFeedback: async (_root, { itemId, commandId }, context) => {
      const { by, at, actor } = begin(context, commandId);
      itemOf(itemId);
      orThrow(await commands.item({ type: 'UngroupFeedback', data: { itemId, by, at } }, commandId, actor));
      return readModel.item(itemId)!;
    },
  };
}
