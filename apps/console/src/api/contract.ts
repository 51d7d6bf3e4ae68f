import type { LocalizedText } from '@deskstream/ui';

/**
 * The part of the api's GraphQL schema the console reads, as TypeScript:
 *
 *   type Department { id: ID!, name: LocalizedText! }
 *   type StaffMember { id, username, displayName, roles, departments, presence, onlineSince }
 *   type DepartmentPresence { department: Department!, agents: [StaffMember!]! }
 *   Query { me, departments, onlineAgents }  Mutation { signIn, signOut, setPresence }
 *   Subscription { presenceChanged: [DepartmentPresence!]! }
 */
export type Role = 'AGENT' | 'SUPERVISOR' | 'ADMIN' | 'PRODUCT';

export type PresenceStatus = 'ONLINE' | 'OFFLINE';

export interface Department {
  id: string;
  name: LocalizedText;
}

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  departments: Department[];
  presence: PresenceStatus;
  /** ISO 8601 time the agent went online, null while offline. */
  onlineSince: string | null;
}

export interface DepartmentPresence {
  department: Department;
  agents: StaffMember[];
}

export interface SignInResult {
  token: string;
  staff: StaffMember;
}
