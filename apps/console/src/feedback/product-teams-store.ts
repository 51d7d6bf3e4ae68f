import { createLatestRequest, outcomeOf, useGraphqlConnection } from '@deskstream/ui';
import type { OperationResult } from '@urql/core';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { StaffAccessQuery } from '../api/security-operations';
import type {
  ProductTeamFieldsFragment as ProductTeam,
  ProductTeamInput,
  StaffAccessFieldsFragment as StaffMember,
} from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createFeedbackCommands } from './feedback-commands';
import {
  AddProductTeamMemberMutation,
  ChangeProductTeamMutation,
  DefineProductTeamMutation,
  GrantTeamPersonalDataMutation,
  ProductTeamsQuery,
  RemoveProductTeamMemberMutation,
  RevokeTeamPersonalDataMutation,
} from './product-team-operations';

export type { ProductTeam };

/**
 * The admin's product teams: define and change a team (its products), add and remove members
 * (staff holding the PRODUCT role), and grant or revoke their sight of reporters' personal data.
 */
export const useProductTeamsStore = defineStore('product-teams', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const requests = createLatestRequest();
  const commands = createFeedbackCommands();
  const teams = shallowRef<ProductTeam[]>([]);
  const staff = shallowRef<StaffMember[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');

  const productStaff = computed(() => staff.value.filter((member) => member.roles.includes('PRODUCT')));

  async function load(): Promise<void> {
    const ticket = requests.begin();
    if (state.value !== 'ready') state.value = 'loading';
    const [found, members] = await Promise.all([
      outcomeOf(connection.client.query(ProductTeamsQuery, {}, { requestPolicy: 'network-only' }).toPromise()),
      outcomeOf(connection.client.query(StaffAccessQuery, {}, { requestPolicy: 'network-only' }).toPromise()),
    ]);
    if (!requests.isLatest(ticket)) return;
    if (!found.ok) {
      if (state.value !== 'ready') state.value = 'error';
      return;
    }
    teams.value = found.data.productTeams;
    if (members.ok) staff.value = members.data.staffMembers;
    state.value = 'ready';
  }

  function place(team: ProductTeam): void {
    requests.invalidate();
    const known = teams.value.some((each) => each.id === team.id);
    teams.value = known ? teams.value.map((each) => (each.id === team.id ? team : each)) : [...teams.value, team];
  }

  /** Runs one team command and puts the team it answers in place. */
  async function command<D>(
    action: string,
    content: string,
    send: (commandId: string) => Promise<OperationResult<D>>,
    pick: (data: D) => ProductTeam,
  ): Promise<boolean> {
    const team = await commands.run(action, content, send, pick);
    if (team) place(team);
    return team !== null;
  }

  const save = (teamId: string | null, input: ProductTeamInput) =>
    teamId
      ? command(
          'change',
          `${teamId}|${JSON.stringify(input)}`,
          (commandId) =>
            connection.client.mutation(ChangeProductTeamMutation, { teamId, input, commandId }).toPromise(),
          (data) => data.changeProductTeam,
        )
      : command(
          'define',
          JSON.stringify(input),
          (commandId) => connection.client.mutation(DefineProductTeamMutation, { input, commandId }).toPromise(),
          (data) => data.defineProductTeam,
        );

  const member = (teamId: string, staffId: string, add: boolean) =>
    add
      ? command(
          'add',
          `${teamId}|${staffId}`,
          (commandId) =>
            connection.client.mutation(AddProductTeamMemberMutation, { teamId, staffId, commandId }).toPromise(),
          (data) => data.addProductTeamMember,
        )
      : command(
          'remove',
          `${teamId}|${staffId}`,
          (commandId) =>
            connection.client.mutation(RemoveProductTeamMemberMutation, { teamId, staffId, commandId }).toPromise(),
          (data) => data.removeProductTeamMember,
        );

  const personalData = (teamId: string, grant: boolean) =>
    grant
      ? command(
          'grant',
          teamId,
          (commandId) => connection.client.mutation(GrantTeamPersonalDataMutation, { teamId, commandId }).toPromise(),
          (data) => data.grantTeamPersonalData,
        )
      : command(
          'revoke',
          teamId,
          (commandId) => connection.client.mutation(RevokeTeamPersonalDataMutation, { teamId, commandId }).toPromise(),
          (data) => data.revokeTeamPersonalData,
        );

  watch(
    () => session.token,
    () => {
      requests.invalidate();
      teams.value = [];
      state.value = 'idle';
    },
  );

  return {
    teams,
    productStaff,
    state,
    busy: commands.busy,
    failure: commands.failure,
    load,
    save,
    member,
    personalData,
  };
});
