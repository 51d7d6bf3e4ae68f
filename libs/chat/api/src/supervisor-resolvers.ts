/** What supervisors see: every waiting and active chat, each agent's load, and the per-day figures. */
import { requireStaff } from '@deskstream/access';
import type { QueryResolvers } from '@deskstream/graphql-types';
import { ROLES_FOR, chatError } from './chat-access';
import type { ChatModuleDeps } from './module-deps';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every waiting and active chat and each agent's load, as it is now. */
export function overviewOf(deps: Pick<ChatModuleDeps, 'readModel' | 'directory'>) {
  const { readModel, directory } = deps;
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
}

function checkPeriod(args: { from: string; to: string }): void {
  const from = Date.parse(`${args.from}T00:00:00Z`);
  const to = Date.parse(`${args.to}T00:00:00Z`);
  if (
    !DAY.test(args.from) ||
    !DAY.test(args.to) ||
    Number.isNaN(from) ||
    Number.isNaN(to) ||
    to < from ||
    to - from > 366 * 86_400_000
  ) {
    throw chatError('CHAT_LIMIT_INVALID');
  }
}

export function supervisorResolvers(deps: ChatModuleDeps): {
  Query: Pick<QueryResolvers, 'chatOverview' | 'chatDailyFigures' | 'chatAgentFigures'>;
} {
  const { readModel, directory } = deps;
  return {
    Query: {
      chatOverview: (_root, _args, context) => {
        requireStaff(context, ROLES_FOR.superviseDesk);
        return overviewOf(deps);
      },
      chatDailyFigures: (_root, args, context) => {
        requireStaff(context, ROLES_FOR.superviseDesk);
        checkPeriod(args);
        return readModel.daily.between(args.from, args.to);
      },
      chatAgentFigures: (_root, args, context) => {
        requireStaff(context, ROLES_FOR.superviseDesk);
        checkPeriod(args);
        return readModel.daily.agentsBetween(args.from, args.to).map(({ agentId, ...figures }) => ({
          agent: { id: agentId, name: directory.agents.get(agentId)?.name ?? agentId },
          ...figures,
        }));
      },
    },
  };
}
