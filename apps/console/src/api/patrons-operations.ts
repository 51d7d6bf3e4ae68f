/**
 * The desk's side of patron and customer accounts, as GraphQL operations against the accounts
 * schema (`libs/accounts/api/src/schema.graphql`): find an account by card number, email address or
 * full name; the account with its lockout, notices (and whether each went out), reservations and
 * loans; a new password set at the desk, an early unlock, the person's data export and erasure.
 */
import { graphql } from '../generated';

graphql(`
  fragment PatronFoundFields on Account {
    id
    kind
    erased
    name
    cardNumber
    email
    lockedUntil
  }
`);

graphql(`
  fragment PatronNoticeFields on AccountNotice {
    id
    kind
    subject
    method
    delivery
    at
    deliveredAt
    problem
  }
`);

graphql(`
  fragment PatronAccountFields on Account {
    id
    kind
    erased
    name
    cardNumber
    email
    phone
    registeredAt
    lockedUntil
    failedSignInsInRow
    hasPassword
    preferences {
      contact { kind method }
      pickUpBranch { id name { fa en ja vi } }
    }
    notices { ...PatronNoticeFields }
    reservations { id title itemKind status placedAt holdUntil pickUpBranch { id name { fa en ja vi } } }
    loans { id title itemKind dueAt renewed overdue returnedAt }
  }
`);

export const FindAccountsQuery = graphql(`
  query FindAccounts($query: String!) { findAccounts(query: $query) { ...PatronFoundFields } }
`);

export const PatronAccountQuery = graphql(`
  query PatronAccount($id: ID!) { account(id: $id) { ...PatronAccountFields } }
`);

export const SetAccountPasswordAtDeskMutation = graphql(`
  mutation SetAccountPasswordAtDesk($accountId: ID!, $password: String!, $commandId: ID!) {
    setAccountPasswordAtDesk(accountId: $accountId, password: $password, commandId: $commandId) {
      ...PatronAccountFields
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($accountId: ID!, $commandId: ID!) {
    unlockAccount(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($accountId: ID!, $commandId: ID!) {
    erasePerson(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }
  }
`);

export const AccountDataExportQuery = graphql(`
  query AccountDataExport($id: ID!) { accountDataExport(id: $id) }
`);
