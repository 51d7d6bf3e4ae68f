/**
 * Product teams (`product-teams`, one stream for all teams, so a product has one owner and a name
 * one team): defined, changed, members added and removed, personal data granted and revoked by an
 * admin. Pure; time in the command.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { FeedbackActor, ProductTeamEvent } from './feedback-events';
import { reject, type FeedbackRejection } from './errors';
import { FEEDBACK_LIMITS, characters } from './input-rules';

type Stamp = { teamId: string; by: FeedbackActor; at: string };

export type ProductTeamCommand =
  | { type: 'DefineProductTeam'; data: Stamp & { name: string; products: string[] } }
  | { type: 'ChangeProductTeam'; data: Stamp & { name: string; products: string[] } }
  | { type: 'AddProductTeamMember'; data: Stamp & { staffId: string } }
  | { type: 'RemoveProductTeamMember'; data: Stamp & { staffId: string } }
  | { type: 'GrantTeamPersonalData'; data: Stamp }
  | { type: 'RevokeTeamPersonalData'; data: Stamp };

export interface ProductTeamsState {
  teams: Map<string, { name: string; products: string[]; members: Set<string>; granted: boolean }>;
}

const nameKey = (name: string) => name.normalize('NFKC').trim().toLowerCase();

function checkTeam(data: Stamp & { name: string; products: string[] }, state: ProductTeamsState) {
  const name = data.name.trim().replace(/\s+/g, ' ');
  if (characters(name) < 1 || characters(name) > FEEDBACK_LIMITS.teamNameLength)
    return reject('FEEDBACK_TEAM_NAME_INVALID');
  const products = [...new Set(data.products.map((product) => product.trim()).filter(Boolean))];
  if (products.length > FEEDBACK_LIMITS.teamProducts) return reject('FEEDBACK_TEAM_PRODUCTS_INVALID');
  for (const [teamId, team] of state.teams) {
    if (teamId === data.teamId) continue;
    if (nameKey(team.name) === nameKey(name)) return reject('FEEDBACK_TEAM_NAME_TAKEN');
    if (team.products.some((product) => products.includes(product))) return reject('FEEDBACK_PRODUCT_OWNED');
  }
  return { ...data, name, products };
}

function decide(command: ProductTeamCommand, state: ProductTeamsState): ProductTeamEvent[] | FeedbackRejection {
  const team = state.teams.get(command.data.teamId);
  if (command.type === 'DefineProductTeam') {
    if (team) return [];
    const checked = checkTeam(command.data, state);
    return 'code' in checked ? checked : [{ type: 'ProductTeamDefined', data: checked }];
  }
  if (!team) return reject('FEEDBACK_TEAM_NOT_FOUND');
  switch (command.type) {
    case 'ChangeProductTeam': {
      const checked = checkTeam(command.data, state);
      if ('code' in checked) return checked;
      const same =
        checked.name === team.name &&
        checked.products.length === team.products.length &&
        checked.products.every((product) => team.products.includes(product));
      return same ? [] : [{ type: 'ProductTeamChanged', data: checked }];
    }
    case 'AddProductTeamMember':
      return team.members.has(command.data.staffId) ? [] : [{ type: 'ProductTeamMemberAdded', data: command.data }];
    case 'RemoveProductTeamMember':
      return team.members.has(command.data.staffId) ? [{ type: 'ProductTeamMemberRemoved', data: command.data }] : [];
    case 'GrantTeamPersonalData':
      return team.granted ? [] : [{ type: 'ProductTeamPersonalDataGranted', data: command.data }];
    case 'RevokeTeamPersonalData':
      return team.granted ? [{ type: 'ProductTeamPersonalDataRevoked', data: command.data }] : [];
    default:
      return assertNever(command);
  }
}

function evolve(state: ProductTeamsState, event: ProductTeamEvent): ProductTeamsState {
  const teams = new Map(state.teams);
  const team = teams.get(event.data.teamId);
  switch (event.type) {
    case 'ProductTeamDefined':
      teams.set(event.data.teamId, {
        name: event.data.name,
        products: event.data.products,
        members: new Set(),
        granted: false,
      });
      break;
    case 'ProductTeamChanged':
      if (team) teams.set(event.data.teamId, { ...team, name: event.data.name, products: event.data.products });
      break;
    case 'ProductTeamMemberAdded':
      if (team) teams.set(event.data.teamId, { ...team, members: new Set(team.members).add(event.data.staffId) });
      break;
    case 'ProductTeamMemberRemoved':
      if (team) {
        const members = new Set(team.members);
        members.delete(event.data.staffId);
        teams.set(event.data.teamId, { ...team, members });
      }
      break;
    case 'ProductTeamPersonalDataGranted':
    case 'ProductTeamPersonalDataRevoked':
      if (team) teams.set(event.data.teamId, { ...team, granted: event.type === 'ProductTeamPersonalDataGranted' });
      break;
    default:
      return assertNever(event);
  }
  return { teams };
}

export const productTeamsDecider: Decider<ProductTeamCommand, ProductTeamEvent, ProductTeamsState, FeedbackRejection> =
  {
    initialState: () => ({ teams: new Map() }),
    evolve,
    decide,
  };
