import { graphql } from '../generated/index';

/** The admin's product teams: define and change a team, its members and its right to personal data. */
graphql(`
  fragment ProductTeamFields on ProductTeam {
    id
    name
    products
    members {
      staffId
      name
    }
    personalDataGranted
  }
`);

export const ProductTeamsQuery = graphql(`
  query ProductTeams {
    productTeams {
      ...ProductTeamFields
    }
  }
`);

export const DefineProductTeamMutation = graphql(`
  mutation DefineProductTeam($input: ProductTeamInput!, $commandId: ID!) {
    defineProductTeam(input: $input, commandId: $commandId) {
      ...ProductTeamFields
    }
  }
`);

export const ChangeProductTeamMutation = graphql(`
  mutation ChangeProductTeam($teamId: ID!, $input: ProductTeamInput!, $commandId: ID!) {
    changeProductTeam(teamId: $teamId, input: $input, commandId: $commandId) {
      ...ProductTeamFields
    }
  }
`);

export const AddProductTeamMemberMutation = graphql(`
  mutation AddProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {
    addProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {
      ...ProductTeamFields
    }
  }
`);

export const RemoveProductTeamMemberMutation = graphql(`
  mutation RemoveProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {
    removeProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {
      ...ProductTeamFields
    }
  }
`);

export const GrantTeamPersonalDataMutation = graphql(`
  mutation GrantTeamPersonalData($teamId: ID!, $commandId: ID!) {
    grantTeamPersonalData(teamId: $teamId, commandId: $commandId) {
      ...ProductTeamFields
    }
  }
`);

export const RevokeTeamPersonalDataMutation = graphql(`
  mutation RevokeTeamPersonalData($teamId: ID!, $commandId: ID!) {
    revokeTeamPersonalData(teamId: $teamId, commandId: $commandId) {
      ...ProductTeamFields
    }
  }
`);
