import { graphql } from '../generated';

/** What the supervisor page reads: every waiting and active chat, each agent's load, the daily figures. */

graphql(`
  fragment ChatOverviewFields on ChatOverview {
    waiting { ...ChatSummaryFields }
    active { ...ChatSummaryFields }
    agents { agent { id name } online departmentIds activeChats }
  }
`);

graphql(`
  fragment DailyChatFiguresFields on DailyChatFigures {
    day
    chatsStarted
    chatsAnswered
    chatsMissed
    offlineQuestions
    offlineQuestionsAnswered
    medianWaitSeconds
    medianFirstResponseSeconds
    chatsAbandoned
    ratings
    averageRating
    goodRatingShare
  }
`);

export const ChatOverviewQuery = graphql(`
  query ChatOverview { chatOverview { ...ChatOverviewFields } }
`);

export const ChatDailyFiguresQuery = graphql(`
  query ChatDailyFigures($from: String!, $to: String!) {
    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }
  }
`);

export const ChatOverviewChangedSubscription = graphql(`
  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }
`);

export const ChatFiguresChangedSubscription = graphql(`
  subscription ChatFiguresChanged { chatFiguresChanged }
`);

graphql(`
  fragment AgentChatFiguresFields on AgentChatFigures {
    agent { id name }
    chatsAnswered
    ratings
    averageRating
    goodRatingShare
  }
`);

export const ChatAgentFiguresQuery = graphql(`
  query ChatAgentFigures($from: String!, $to: String!) {
    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }
  }
`);

export const DeskCalendarQuery = graphql(`
  query DeskCalendar { deskCalendar { timeZone today } }
`);
