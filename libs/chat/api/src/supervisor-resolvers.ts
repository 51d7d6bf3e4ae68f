/** What supervisors see: every waiting and active chat, each agent's load, and the per-day figures. */
import { requireStaff } from '@deskstream/access';
import type { QueryResolvers } from '@deskstream/graphql-types';
import { ROLES_FOR, chatError } from './chat-access';
import type { ChatModuleDeps } from './module-deps';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function supervisorResolvers(deps: ChatModuleDeps): { Query: Pick<QueryResolvers, 'chatOverview' | 'chatDailyFigures'> } {
  const { readModel, directory } = deps;
  return {
    Query: {
      chatOverview: (_root, _args, context) => {
        requireStaff(context, ROLES_FOR.superviseDesk);
        const loads = readModel.loads();
        const agents = [...directory.agents.values()]
          .filter((agent) => agent.onlineSince !== null || (loads.get(agent.id) ?? 0) > 0)
          .map((agent) => ({
            agent: { id: agent.id, name: agent.name },
            online: agent.onlineSince !== null,
            departmentIds: [...agent.departmentIds],
            activeChats: loads.get(agent.id) ?? 0,
          }))
          .sort((a, b) => b.activeChats - a.activeChats || a.agent.name.localeCompare(b.agent.name, 'en'));
        return { waiting: readModel.pending(), active: readModel.active(), agents };
      },
      chatDailyFigures: (_root, args, context) => {
        requireStaff(context, ROLES_FOR.superviseDesk);
        const from = Date.parse(`${args.from}T00:00:00Z`);
        const to = Date.parse(`${args.to}T00:00:00Z`);
        if (!DAY.test(args.from) || !DAY.test(args.to) || Number.isNaN(from) || Number.isNaN(to) || to < from || to - from > 366 * 86_400_000) {
          throw chatError('CHAT_LIMIT_INVALID');
        }
        return readModel.daily.between(args.from, args.to);
      },
    },
  };
}
