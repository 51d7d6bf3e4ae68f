import { graphql } from '../generated';

/** A ticket from another channel (a chat, an offline question), and an article draft from a ticket. */

export const TicketFromChatMutation = graphql(`
  mutation TicketFromChat($chatId: ID!, $commandId: ID!) {
    ticketFromChat(chatId: $chatId, commandId: $commandId) { id number }
  }
`);

export const TicketFromOfflineQuestionMutation = graphql(`
  mutation TicketFromOfflineQuestion($questionId: ID!, $commandId: ID!) {
    ticketFromOfflineQuestion(questionId: $questionId, commandId: $commandId) { id number }
  }
`);

export const DraftArticleFromTicketMutation = graphql(`
  mutation DraftArticleFromTicket($ticketId: ID!, $commandId: ID!) {
    draftArticleFromTicket(ticketId: $ticketId, commandId: $commandId)
  }
`);
