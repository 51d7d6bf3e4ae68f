import { graphql } from '../generated/index';

/**
 * The feedback pages' operations: the triage queue, items, topics with their answers and
 * deliveries, product teams, and "mark as feedback" from a conversation item.
 */
graphql(`
  fragment FeedbackDeliveryFields on FeedbackDelivery {
    answerId
    occasion
    delivered
    channel
    mailId
    ticketId
    language
    reason
    at
  }
`);

graphql(`
  fragment FeedbackItemFields on FeedbackItem {
    id
    source {
      kind
      chatId
      ticketId
      ticketNumber
      messageId
      callId
      noteId
      questionId
      articleId
      articleRevision
      surveyId
    }
    channel
    text
    product
    version
    build
    kind
    severity
    tags
    reporter {
      kind
      customerId
      ticketId
      name
      email
      phone
    }
    language
    capturedAt
    state
    dismissal {
      reason
      duplicateOf
      at
    }
    topic {
      id
      title
    }
  }
`);

graphql(`
  fragment FeedbackAnswerFields on FeedbackAnswer {
    id
    status
    version
    reason
    note
    at
    fixReleasedAt
  }
`);

graphql(`
  fragment FeedbackTopicRowFields on FeedbackTopic {
    id
    title
    product
    kind
    state
    openedAt
    forwardedAt
    team {
      id
      name
    }
    answers {
      ...FeedbackAnswerFields
    }
    itemCount
    reporterCount
    deliveredCount
    undeliverableCount
  }
`);

graphql(`
  fragment FeedbackTopicFields on FeedbackTopic {
    ...FeedbackTopicRowFields
    items {
      ...FeedbackItemFields
      deliveries {
        ...FeedbackDeliveryFields
      }
    }
  }
`);

export const FeedbackQueueQuery = graphql(`
  query FeedbackQueue($filter: FeedbackQueueFilter) {
    feedbackQueue(filter: $filter) {
      nodes {
        ...FeedbackItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const FeedbackItemQuery = graphql(`
  query FeedbackItem($id: ID!) {
    feedbackItem(id: $id) {
      ...FeedbackItemFields
    }
  }
`);

export const FeedbackSuggestionsQuery = graphql(`
  query FeedbackSuggestions($itemId: ID!) {
    feedbackSuggestions(itemId: $itemId) {
      topics {
        topic {
          id
          title
          product
          kind
          itemCount
        }
        score
      }
      items {
        item {
          id
          text
          language
        }
        score
      }
    }
  }
`);

export const FeedbackTopicsQuery = graphql(`
  query FeedbackTopics($filter: FeedbackTopicFilter) {
    feedbackTopics(filter: $filter) {
      nodes {
        ...FeedbackTopicRowFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const FeedbackTopicQuery = graphql(`
  query FeedbackTopic($id: ID!) {
    feedbackTopic(id: $id) {
      ...FeedbackTopicFields
    }
  }
`);

export const FeedbackChangedSubscription = graphql(`
  subscription FeedbackChanged {
    feedbackChanged {
      itemId
      topicId
    }
  }
`);

export const CaptureFeedbackMutation = graphql(`
  mutation CaptureFeedback($input: CaptureFeedbackInput!, $commandId: ID!) {
    captureFeedback(input: $input, commandId: $commandId) {
      ...FeedbackItemFields
    }
  }
`);

export const ClassifyFeedbackMutation = graphql(`
  mutation ClassifyFeedback($itemId: ID!, $input: FeedbackClassificationInput!, $commandId: ID!) {
    classifyFeedback(itemId: $itemId, input: $input, commandId: $commandId) {
      ...FeedbackItemFields
    }
  }
`);

export const DismissFeedbackMutation = graphql(`
  mutation DismissFeedback($itemId: ID!, $reason: FeedbackDismissReason!, $duplicateOf: ID, $commandId: ID!) {
    dismissFeedback(itemId: $itemId, reason: $reason, duplicateOf: $duplicateOf, commandId: $commandId) {
      ...FeedbackItemFields
    }
  }
`);

export const RestoreFeedbackMutation = graphql(`
  mutation RestoreFeedback($itemId: ID!, $commandId: ID!) {
    restoreFeedback(itemId: $itemId, commandId: $commandId) {
      ...FeedbackItemFields
    }
  }
`);

export const GroupFeedbackMutation = graphql(`
  mutation GroupFeedback($input: GroupFeedbackInput!, $commandId: ID!) {
    groupFeedback(input: $input, commandId: $commandId) {
      ...FeedbackTopicRowFields
    }
  }
`);

export const UngroupFeedbackMutation = graphql(`
  mutation UngroupFeedback($itemId: ID!, $commandId: ID!) {
    ungroupFeedback(itemId: $itemId, commandId: $commandId) {
      ...FeedbackItemFields
    }
  }
`);

export const ForwardFeedbackTopicMutation = graphql(`
  mutation ForwardFeedbackTopic($topicId: ID!, $teamId: ID, $commandId: ID!) {
    forwardFeedbackTopic(topicId: $topicId, teamId: $teamId, commandId: $commandId) {
      ...FeedbackTopicFields
    }
  }
`);

export const AnswerFeedbackTopicMutation = graphql(`
  mutation AnswerFeedbackTopic($topicId: ID!, $input: AnswerFeedbackTopicInput!, $commandId: ID!) {
    answerFeedbackTopic(topicId: $topicId, input: $input, commandId: $commandId) {
      ...FeedbackTopicFields
    }
  }
`);
