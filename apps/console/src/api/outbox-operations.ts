import { gql } from '@urql/core';
import type { MailDeliveryState, OutboxMail } from './chat-contract';

/** The Outbox page's operation (the outbox's GraphQL module): every mail and how it went, newest first. */
export const OutboxMailsQuery = gql<{ outboxMails: OutboxMail[] }, { state: MailDeliveryState | null; limit: number }>(`
  query OutboxMails($state: MailDeliveryState, $limit: Int) {
    outboxMails(state: $state, limit: $limit) {
      id to subject purpose { kind id } state queuedAt attempts maxAttempts nextAttemptAt
      lastError sentAt transport deliveryDetail
    }
  }
`);
