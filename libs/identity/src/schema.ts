/** Identity's part of the GraphQL schema; the console is built against exactly this contract. */
export const identityTypeDefs = /* GraphQL */ `
  type LocalizedText {
    fa: String!
    en: String!
    ja: String!
    vi: String!
  }

  type Department {
    id: ID!
    name: LocalizedText!
  }

  enum Role {
    AGENT
    SUPERVISOR
    ADMIN
    PRODUCT
  }

  enum PresenceStatus {
    ONLINE
    OFFLINE
  }

  type StaffMember {
    id: ID!
    username: String!
    displayName: String!
    roles: [Role!]!
    departments: [Department!]!
    presence: PresenceStatus!
    onlineSince: String
  }

  type DepartmentPresence {
    department: Department!
    agents: [StaffMember!]!
  }

  type SignInResult {
    token: String!
    staff: StaffMember!
  }

  extend type Query {
    me: StaffMember
    departments: [Department!]!
    onlineAgents: [DepartmentPresence!]!
  }

  extend type Mutation {
    signIn(username: String!, password: String!): SignInResult!
    signOut: Boolean!
    setPresence(status: PresenceStatus!, commandId: ID!): StaffMember!
  }

  extend type Subscription {
    presenceChanged: [DepartmentPresence!]!
  }
`;
