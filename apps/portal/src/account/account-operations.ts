/**
 * A patron's or customer's own account, as GraphQL operations against the accounts schema
 * (`libs/accounts/api/src/schema.graphql`): signing in and out, "my requests" with every notice's
 * delivery, contact method and pick-up place, reservations and loans, the forgotten-password link
 * and the data export. The session token goes as the bearer of every request once signed in.
 * Types are generated from these documents (`npm run codegen`).
 */
import { graphql } from '../generated';
import type {
  AccountNoticeFieldsFragment,
  AccountReservationFieldsFragment,
  AccountLoanFieldsFragment,
  MyLoansQuery as MyLoansResult,
  MyPreferencesQuery as MyPreferencesResult,
  MyRequestFieldsFragment,
  MyRequestsQuery as MyRequestsResult,
  SignedInAccountFieldsFragment,
  AccountSignInRulesQuery as AccountSignInRulesResult,
} from '../generated/graphql';

export type SignedInAccount = SignedInAccountFieldsFragment;
export type MyNotice = AccountNoticeFieldsFragment;
export type MyRequest = MyRequestFieldsFragment;
export type MyRequests = MyRequestsResult['myRequests'];
export type MyReservation = AccountReservationFieldsFragment;
export type MyLoan = AccountLoanFieldsFragment;
export type MyLoans = MyLoansResult;
export type MyPreferences = NonNullable<MyPreferencesResult['myAccount']>;
export type PickUpBranch = MyPreferencesResult['pickUpBranches'][number];
export type SignInRules = AccountSignInRulesResult['accountSignInRules'];
export type { AccountKind, ContactMethod, NoticeKind } from '../generated/graphql';

graphql(`
  fragment SignedInAccountFields on Account {
    id
    kind
    name
    cardNumber
    email
  }
`);

graphql(`
  fragment AccountNoticeFields on AccountNotice {
    id
    kind
    subject
    method
    delivery
    at
    deliveredAt
  }
`);

graphql(`
  fragment MyRequestFields on MyRequest {
    id
    kind
    title
    state
    at
    reference
  }
`);

graphql(`
  fragment AccountReservationFields on Reservation {
    id
    title
    itemKind
    status
    pickUpBranch { id name { fa en ja vi } }
    placedAt
    readyAt
    holdUntil
    canChange
  }
`);

graphql(`
  fragment AccountLoanFields on Loan {
    id
    title
    itemKind
    lentAt
    dueAt
    renewed
    overdue
    canRenew
    renewRefusal
  }
`);

export const AccountSignInRulesQuery = graphql(`
  query AccountSignInRules {
    accountSignInRules {
      kinds
      patronPasswordMin
      patronPasswordMax
      customerPasswordMin
      customerPasswordMax
      lockoutFailures
      lockoutMinutes
    }
  }
`);

export const AccountMeQuery = graphql(`
  query AccountMe { myAccount { ...SignedInAccountFields } }
`);

export const SignInAccountMutation = graphql(`
  mutation SignInAccount($login: String!, $password: String!) {
    signInAccount(login: $login, password: $password) {
      token
      expiresAt
      account { ...SignedInAccountFields }
    }
  }
`);

export const SignOutAccountMutation = graphql(`
  mutation SignOutAccount { signOutAccount }
`);

export const MyRequestsQuery = graphql(`
  query MyRequests {
    myRequests {
      chats { ...MyRequestFields }
      offlineQuestions { ...MyRequestFields }
      tickets { ...MyRequestFields }
      bookings { ...MyRequestFields }
      calls { ...MyRequestFields }
      notices { ...AccountNoticeFields }
    }
  }
`);

export const MyPreferencesQuery = graphql(`
  query MyPreferences {
    myAccount {
      id
      email
      phone
      preferences {
        contact { kind method }
        pickUpBranch { id name { fa en ja vi } }
      }
    }
    pickUpBranches { id name { fa en ja vi } }
  }
`);

export const SetMyAccountPreferencesMutation = graphql(`
  mutation SetMyAccountPreferences($input: AccountPreferencesInput!, $commandId: ID!) {
    setMyAccountPreferences(input: $input, commandId: $commandId) {
      id
      email
      phone
      preferences {
        contact { kind method }
        pickUpBranch { id name { fa en ja vi } }
      }
    }
  }
`);

export const MyLoansQuery = graphql(`
  query MyLoans {
    myAccount {
      id
      reservations { ...AccountReservationFields }
      loans { ...AccountLoanFields }
    }
    pickUpBranches { id name { fa en ja vi } }
  }
`);

export const CancelMyReservationMutation = graphql(`
  mutation CancelMyReservation($reservationId: ID!, $commandId: ID!) {
    cancelMyReservation(reservationId: $reservationId, commandId: $commandId) { ...AccountReservationFields }
  }
`);

export const ChangeMyReservationMutation = graphql(`
  mutation ChangeMyReservation($reservationId: ID!, $pickUpBranchId: ID!, $commandId: ID!) {
    changeMyReservation(reservationId: $reservationId, pickUpBranchId: $pickUpBranchId, commandId: $commandId) {
      ...AccountReservationFields
    }
  }
`);

export const RenewMyLoanMutation = graphql(`
  mutation RenewMyLoan($loanId: ID!, $commandId: ID!) {
    renewMyLoan(loanId: $loanId, commandId: $commandId) { ...AccountLoanFields }
  }
`);

export const MyDataExportQuery = graphql(`
  query MyDataExport { myDataExport }
`);

export const RequestAccountPasswordResetMutation = graphql(`
  mutation RequestAccountPasswordReset($login: String!) { requestAccountPasswordReset(login: $login) }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($token: String!, $password: String!, $commandId: ID!) {
    resetAccountPassword(token: $token, password: $password, commandId: $commandId)
  }
`);

export const ResetLinkStatusQuery = graphql(`
  query ResetLinkStatus($token: String!) { resetLinkStatus(token: $token) }
`);
