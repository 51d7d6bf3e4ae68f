import { gql } from '@urql/core';
import type { ChatOverview, DailyChatFigures } from './chat-contract';
import { CHAT_SUMMARY_FIELDS } from './chat-operations';

/** What the supervisor page reads: every waiting and active chat, each agent's load, the daily figures. */

export const ChatOverviewQuery = gql<{ chatOverview: ChatOverview }, Record<string, never>>(`
  query ChatOverview {
    chatOverview {
      waiting { ${CHAT_SUMMARY_FIELDS} }
      active { ${CHAT_SUMMARY_FIELDS} }
      agents { agent { id name } online departmentIds activeChats }
    }
  }
`);

export const ChatDailyFiguresQuery = gql<{ chatDailyFigures: DailyChatFigures[] }, { from: string; to: string }>(`
  query ChatDailyFigures($from: String!, $to: String!) {
    chatDailyFigures(from: $from, to: $to) {
      day chatsStarted chatsAnswered chatsMissed offlineQuestions offlineQuestionsAnswered
      medianWaitSeconds medianFirstResponseSeconds
    }
  }
`);
