import { graphql } from '../generated';

/**
 * Staff security (identity's GraphQL module): the second sign-in step, two-factor enrolment,
 * sessions and revoking them, one's password, and for admins the staff's sessions and the
 * security log. Result and variables types are generated from the schema (`npm run codegen`).
 */

export const StaffSignInOptionsQuery = graphql(`
  query StaffSignInOptions { staffSignInOptions { oidc oidcStartUrl } }
`);

export const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($challenge: String!, $code: String!) {
    completeSignIn(challenge: $challenge, code: $code) { token staff { ...StaffMemberFields } }
  }
`);

graphql(`
  fragment StaffSessionFields on StaffSession {
    id
    startedAt
    expiresAt
    lastSeenAt
    address
    userAgent
    method
    current
  }
`);

export const MySecurityQuery = graphql(`
  query MySecurity {
    me { id twoFactor { enabled enabledAt recoveryCodesLeft } }
    mySessions { ...StaffSessionFields }
  }
`);

export const StartTwoFactorEnrolmentMutation = graphql(`
  mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCode } }
`);

export const ConfirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) { confirmTwoFactor(code: $code) }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($code: String!) { disableTwoFactor(code: $code) { id } }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($sessionId: ID!) { revokeSession(sessionId: $sessionId) }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!, $commandId: ID!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword, commandId: $commandId)
  }
`);

graphql(`
  fragment StaffAccessFields on StaffMember {
    id
    username
    displayName
    roles
    twoFactor { enabled enabledAt recoveryCodesLeft }
  }
`);

export const StaffAccessQuery = graphql(`
  query StaffAccess { staffMembers { ...StaffAccessFields } }
`);

export const StaffSessionsQuery = graphql(`
  query StaffSessions($staffId: ID!) { staffSessions(staffId: $staffId) { ...StaffSessionFields } }
`);

export const DisableStaffTwoFactorMutation = graphql(`
  mutation DisableStaffTwoFactor($staffId: ID!) { disableStaffTwoFactor(staffId: $staffId) { ...StaffAccessFields } }
`);

graphql(`
  fragment SecurityLogEntryFields on SecurityLogEntry {
    id
    at
    day
    kind
    subject
    person
    address
    userAgent
    method
    step
    until
    by
    roles
  }
`);

export const SecurityLogQuery = graphql(`
  query SecurityLog($filter: SecurityLogFilter, $offset: Int, $first: Int) {
    securityLog(filter: $filter, offset: $offset, first: $first) { total entries { ...SecurityLogEntryFields } }
  }
`);
