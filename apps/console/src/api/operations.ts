import { graphql } from '../generated';

/**
 * The console's session and presence operations (identity's GraphQL module). Their result and
 * variables types are generated from the schema (`npm run codegen`); `graphql.ts` in
 * `src/generated` holds the fragment types the stores and components read.
 */

graphql(`
  fragment DepartmentFields on Department {
    id
    name { fa en ja vi }
  }
`);

graphql(`
  fragment StaffMemberFields on StaffMember {
    id
    username
    displayName
    roles
    departments { ...DepartmentFields }
    presence
    onlineSince
  }
`);

/** The agents on the board carry only what the board shows. */
graphql(`
  fragment BoardDepartmentFields on DepartmentPresence {
    department { ...DepartmentFields }
    agents { id displayName presence onlineSince }
  }
`);

export const MeQuery = graphql(`
  query Me { me { ...StaffMemberFields } }
`);

/** A staff member with two-factor sign-in on gets `secondStep` instead of a token (`CompleteSignIn` answers it). */
export const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      staff { ...StaffMemberFields }
      secondStep { challenge expiresAt }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut { signOut }
`);

export const SetPresenceMutation = graphql(`
  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {
    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }
  }
`);

export const OnlineAgentsQuery = graphql(`
  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }
`);

export const PresenceChangedSubscription = graphql(`
  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }
`);
