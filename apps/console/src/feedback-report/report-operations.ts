import { graphql } from '../generated';

/**
 * The feedback report in the console (the feedback context's report module): the figures for one
 * view with the definition's taxonomy and the catalogue for the filters, the items behind a
 * figure, and the report's definition (read by the report's readers, changed by admins). Types
 * are generated from these documents (`npm run codegen`).
 */

graphql(`
  fragment FeedbackReportCountFields on FeedbackReportCount {
    key
    count
    product
  }
`);

graphql(`
  fragment FeedbackReportFields on FeedbackReport {
    total
    reporters
    byKind { ...FeedbackReportCountFields }
    byChannel { ...FeedbackReportCountFields }
    bySeverity { ...FeedbackReportCountFields }
    byProduct { ...FeedbackReportCountFields }
    byVersion { ...FeedbackReportCountFields }
    trend { start count byKind { ...FeedbackReportCountFields } }
    topTopics {
      topic { id title product kind status answerVersion fixReleased }
      reporters
      items
    }
    notFound { query normalizedQuery language count lastAt }
    satisfaction { answers average distribution trend { start answers average } }
    from
    to
    today
    bucket
    timeZone
    definitionVersion
    rebuilding
  }
`);

graphql(`
  fragment FeedbackReportDefinitionFields on FeedbackReportDefinition {
    version
    kinds { key labels { fa en ja vi } countsAs }
    sources
    dismissedCount
    changedAt
    appliedVersion
    rebuilding
  }
`);

graphql(`
  fragment FeedbackReportItemFields on FeedbackReportItem {
    id
    at
    text
    channel
    kind
    reportKind
    severity
    product
    version
    build
    language
    topicId
    source {
      kind
      chatId
      ticketId
      messageId
      callId
      noteId
      questionId
      articleId
      articleRevision
      surveyId
      invitationId
    }
    ticketNumber
    reporter { kind customerId name email phone }
  }
`);

export const FeedbackReportQuery = graphql(`
  query FeedbackReport($filter: FeedbackReportFilter) {
    feedbackReport(filter: $filter) { ...FeedbackReportFields }
    feedbackReportDefinition { ...FeedbackReportDefinitionFields }
    feedbackReportProducts { key name versions }
  }
`);

export const FeedbackReportItemsQuery = graphql(`
  query FeedbackReportItems($filter: FeedbackReportFilter, $first: Int, $after: String) {
    feedbackReportItems(filter: $filter, first: $first, after: $after) {
      items { ...FeedbackReportItemFields }
      total
      pageInfo { endCursor hasNextPage }
    }
    feedbackReportDefinition { ...FeedbackReportDefinitionFields }
    feedbackReportProducts { key name versions }
  }
`);

export const FeedbackReportDefinitionQuery = graphql(`
  query FeedbackReportDefinition {
    feedbackReportDefinition { ...FeedbackReportDefinitionFields }
  }
`);

export const ChangeFeedbackReportDefinitionMutation = graphql(`
  mutation ChangeFeedbackReportDefinition($input: ChangeFeedbackReportDefinitionInput!) {
    changeFeedbackReportDefinition(input: $input) { ...FeedbackReportDefinitionFields }
  }
`);
