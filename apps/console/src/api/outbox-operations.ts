import { graphql } from '../generated';

graphql(`
  fragment OutboxMailFields on OutboxMail {
    id
    to
    subject
    purpose { kind id }
    state
    queuedAt
    attempts
    maxAttempts
    nextAttemptAt
    lastError
    sentAt
    transport
    deliveryDetail
  }
`);

/** The Outbox page's operation (the outbox's GraphQL module): every mail and how it went, newest first. */
export const OutboxMailsQuery = graphql(`
  query OutboxMails($state: MailDeliveryState, $limit: Int) {
    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }
  }
`);

/** Each mail the member may read, as it is queued and as its delivery goes on. */
export const OutboxMailChangedSubscription = graphql(`
  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }
`);
