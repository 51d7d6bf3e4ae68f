/** The outbox's part of the GraphQL schema: what staff see on the Outbox page. */
export const outboxTypeDefs = /* GraphQL */ `
  enum MailDeliveryState {
    QUEUED
    SENDING
    RETRYING
    SENT
    FAILED
  }

  enum MailTransport {
    SMTP
    LOCAL_FILE
  }

  type MailPurpose {
    kind: String!
    id: ID!
  }

  type OutboxMail {
    id: ID!
    to: String!
    subject: String!
    text: String!
    purpose: MailPurpose!
    state: MailDeliveryState!
    queuedAt: String!
    attempts: Int!
    maxAttempts: Int!
    nextAttemptAt: String
    lastError: String
    sentAt: String
    transport: MailTransport
    deliveryDetail: String
  }

  extend type Query {
    "Every outgoing mail and how it went, newest first (at most 500)."
    outboxMails(state: MailDeliveryState, limit: Int = 100): [OutboxMail!]!
    outboxMail(id: ID!): OutboxMail
  }
`;
