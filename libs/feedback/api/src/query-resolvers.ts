/** Feedback's queries: the triage queue, items, topics (a product team sees its own), suggestions, teams. */
import { requireStaff } from '@deskstream/access';
import { pageSize, queue, suggestions, topics, type FeedbackTriageReadModel } from '@deskstream/feedback-read-models';
import type { QueryResolvers } from '@deskstream/graphql-types';
import { ROLES, canSeeItem, canSeeTopic, visibleTeams } from './access';

type Queries = Pick<
  QueryResolvers,
  'feedbackQueue' | 'feedbackItem' | 'feedbackTopics' | 'feedbackTopic' | 'feedbackSuggestions' | 'productTeams'
>;

const connection = <T>(page: { nodes: T[]; endCursor: string | null; hasNextPage: boolean; totalCount: number }) => ({
  nodes: page.nodes,
  pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  totalCount: page.totalCount,
});

export function queryResolvers(readModel: FeedbackTriageReadModel): Queries {
  return {
    feedbackQueue: (_root, { filter }, context) => {
      requireStaff(context, ROLES.triage);
      const { first, after, ...rest } = filter ?? {};
      return connection(queue(readModel, rest, pageSize(first), after));
    },
    feedbackItem: (_root, { id }, context) => {
      const staff = requireStaff(context, ROLES.read);
      const item = readModel.item(id);
      return item && canSeeItem(readModel, staff, item) ? item : null;
    },
    feedbackTopics: (_root, { filter }, context) => {
      const staff = requireStaff(context, ROLES.read);
      const { first, after, teamId, mine, ...rest } = filter ?? {};
      const visible = visibleTeams(readModel, staff);
      const own = mine ? readModel.teamsOf(staff.id).map((team) => team.id) : null;
      let teamIds = visible ?? own;
      if (teamId) teamIds = (teamIds ?? [teamId]).filter((id) => id === teamId);
      return connection(topics(readModel, { ...rest, teamIds }, pageSize(first), after));
    },
    feedbackTopic: (_root, { id }, context) => {
      const staff = requireStaff(context, ROLES.read);
      const topic = readModel.topic(id);
      return topic && canSeeTopic(readModel, staff, topic) ? topic : null;
    },
    feedbackSuggestions: (_root, { itemId }, context) => {
      requireStaff(context, ROLES.triage);
      return suggestions(readModel, itemId);
    },
    productTeams: (_root, _args, context) => {
      requireStaff(context, ROLES.read);
      return [...readModel.teams.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}
