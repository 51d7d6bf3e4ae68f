/** Product teams, for admins: which products a team owns, its PRODUCT members, and the personal-data grant. */
import { requireStaff } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { ProductTeamCommand } from '@deskstream/feedback-domain';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { ROLES, checkCommandId, feedbackError, staffActor, storeActor } from './access';
import { checkCatalogue, orThrow, type FeedbackDeps } from './deps';

type Mutations = Pick<
  MutationResolvers,
  | 'defineProductTeam'
  | 'changeProductTeam'
  | 'addProductTeamMember'
  | 'removeProductTeamMember'
  | 'grantTeamPersonalData'
  | 'revokeTeamPersonalData'
>;

type Body = { [K in ProductTeamCommand['type']]: Omit<Extract<ProductTeamCommand, { type: K }>['data'], 'by' | 'at'> };

export function teamMutations(deps: FeedbackDeps): Mutations {
  const { readModel, commands, now } = deps;
  const run = async <K extends ProductTeamCommand['type']>(
    context: Parameters<typeof requireStaff>[0],
    commandId: string,
    type: K,
    body: Body[K],
  ) => {
    const staff = requireStaff(context, ROLES.admin);
    checkCommandId(commandId);
    if (type !== 'DefineProductTeam' && !readModel.teams.has(body.teamId))
      throw feedbackError('FEEDBACK_TEAM_NOT_FOUND');
    const command = { type, data: { ...body, by: staffActor(staff), at: now().toISOString() } } as ProductTeamCommand;
    orThrow(await commands.team(command, commandId, storeActor(staff)));
    return readModel.teams.get(body.teamId)!;
  };
  const checkProducts = (products: readonly string[]) => {
    for (const product of products) checkCatalogue(readModel, product.trim(), null);
  };
  const checkMember = (staffId: string) => {
    if (!deps.staff?.isProductStaff(staffId)) throw feedbackError('FEEDBACK_STAFF_NOT_FOUND');
  };

  return {
    defineProductTeam: (_root, { input, commandId }, context) => {
      requireStaff(context, ROLES.admin);
      checkProducts(input.products);
      const teamId = eventIdFor(`${commandId}:team`, 0);
      return run(context, commandId, 'DefineProductTeam', { teamId, name: input.name, products: input.products });
    },
    changeProductTeam: (_root, { teamId, input, commandId }, context) => {
      requireStaff(context, ROLES.admin);
      checkProducts(input.products);
      return run(context, commandId, 'ChangeProductTeam', { teamId, name: input.name, products: input.products });
    },
    addProductTeamMember: (_root, { teamId, staffId, commandId }, context) => {
      requireStaff(context, ROLES.admin);
      checkMember(staffId);
      return run(context, commandId, 'AddProductTeamMember', { teamId, staffId });
    },
    removeProductTeamMember: (_root, { teamId, staffId, commandId }, context) =>
      run(context, commandId, 'RemoveProductTeamMember', { teamId, staffId }),
    grantTeamPersonalData: (_root, { teamId, commandId }, context) =>
      run(context, commandId, 'GrantTeamPersonalData', { teamId }),
    revokeTeamPersonalData: (_root, { teamId, commandId }, context) =>
      run(context, commandId, 'RevokeTeamPersonalData', { teamId }),
  };
}
