import { gql } from '@urql/core';
import type { DepartmentPresence, PresenceStatus, SignInResult, StaffMember } from './contract';

const STAFF_FIELDS = `
  id
  username
  displayName
  roles
  departments { id name { fa en ja vi } }
  presence
  onlineSince
`;

const DEPARTMENT_PRESENCE_FIELDS = `
  department { id name { fa en ja vi } }
  agents { id displayName presence onlineSince }
`;

/** The agents on the board carry only what the board shows. */
export type BoardAgent = Pick<StaffMember, 'id' | 'displayName' | 'presence' | 'onlineSince'>;
export type BoardDepartment = Omit<DepartmentPresence, 'agents'> & { agents: BoardAgent[] };

export const MeQuery = gql<{ me: StaffMember | null }, Record<string, never>>(`
  query Me { me { ${STAFF_FIELDS} } }
`);

export const SignInMutation = gql<{ signIn: SignInResult }, { username: string; password: string }>(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) { token staff { ${STAFF_FIELDS} } }
  }
`);

export const SignOutMutation = gql<{ signOut: boolean }, Record<string, never>>(`
  mutation SignOut { signOut }
`);

export const SetPresenceMutation = gql<{ setPresence: StaffMember }, { status: PresenceStatus; commandId: string }>(`
  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {
    setPresence(status: $status, commandId: $commandId) { ${STAFF_FIELDS} }
  }
`);

export const OnlineAgentsQuery = gql<{ onlineAgents: BoardDepartment[] }, Record<string, never>>(`
  query OnlineAgents { onlineAgents { ${DEPARTMENT_PRESENCE_FIELDS} } }
`);

export const PresenceChangedSubscription = gql<{ presenceChanged: BoardDepartment[] }, Record<string, never>>(`
  subscription PresenceChanged { presenceChanged { ${DEPARTMENT_PRESENCE_FIELDS} } }
`);
