/** How feedback's records answer the schema's fields: reporters' personal data hidden from product teams unless granted. */
import type { FeedbackTriageReadModel } from '@deskstream/feedback-read-models';
import { reporterCount, topicState } from '@deskstream/feedback-read-models';
import type {
  FeedbackAnswerResolvers,
  FeedbackDismissalResolvers,
  FeedbackItemResolvers,
  FeedbackSourceResolvers,
  FeedbackTopicResolvers,
  ProductTeamResolvers,
} from '@deskstream/graphql-types';
import { requireStaff } from '@deskstream/access';
import { ROLES, canSeeItem, canSeePersonalData } from './access';
import type { FeedbackStaff, FeedbackTicketReplies } from './ports';

const staffIdOf = (actor: { kind: string; id: string }) => (actor.kind === 'staff' ? actor.id : null);

export function fieldResolvers(
  readModel: FeedbackTriageReadModel,
  ports: { staff?: FeedbackStaff; tickets?: FeedbackTicketReplies } = {},
) {
  const FeedbackItem: FeedbackItemResolvers = {
    reporter: (item, _args, context) => {
      const { personal, ...reporter } = item.reporter;
      const visible = canSeePersonalData(readModel, context, item);
      return {
        ...reporter,
        name: visible ? personal.name : null,
        email: visible ? personal.email : null,
        phone: visible ? personal.phone : null,
      };
    },
    capturedById: (item) => staffIdOf(item.capturedBy),
    topic: (item) => (item.topicId ? (readModel.topic(item.topicId) ?? null) : null),
    tags: (item) => item.tags,
  };
  const FeedbackTopic: FeedbackTopicResolvers = {
    state: (topic) => topicState(topic),
    team: (topic) => (topic.teamId ? (readModel.teams.get(topic.teamId) ?? null) : null),
    items: (topic, _args, context) => {
      const staff = requireStaff(context, ROLES.read);
      return [...topic.itemIds]
        .flatMap((id) => readModel.item(id) ?? [])
        .filter((item) => canSeeItem(readModel, staff, item))
        .sort((a, b) => a.sequence - b.sequence);
    },
    itemCount: (topic) => topic.itemIds.size,
    reporterCount: (topic) => reporterCount(readModel, topic),
    deliveredCount: (topic) => countDeliveries(readModel, topic.itemIds, topic.id, true),
    undeliverableCount: (topic) => countDeliveries(readModel, topic.itemIds, topic.id, false),
  };
  const FeedbackAnswer: FeedbackAnswerResolvers = { byId: (answer) => staffIdOf(answer.by) };
  const FeedbackDismissal: FeedbackDismissalResolvers = { byId: (dismissal) => staffIdOf(dismissal.by) };
  const ProductTeam: ProductTeamResolvers = {
    members: (team) => team.members.map((staffId) => ({ staffId, name: ports.staff?.nameOf(staffId) ?? staffId })),
  };
  const FeedbackSource: FeedbackSourceResolvers = {
    ticketNumber: (source) => (source.ticketId ? (ports.tickets?.numberOf(source.ticketId) ?? null) : null),
  };
  return { FeedbackItem, FeedbackTopic, FeedbackAnswer, FeedbackDismissal, ProductTeam, FeedbackSource };
}

function countDeliveries(
  readModel: FeedbackTriageReadModel,
  itemIds: Iterable<string>,
  topicId: string,
  delivered: boolean,
): number {
  let count = 0;
  for (const id of itemIds)
    for (const given of readModel.item(id)?.deliveries ?? [])
      if (given.topicId === topicId && given.delivered === delivered) count += 1;
  return count;
}
