/** Product teams as the read model keeps them: folded from the `product-teams` stream. */
import { assertNever } from '@deskstream/domain-kit';
import type { ProductTeamEvent } from '@deskstream/feedback-domain';
import type { ProductTeamRecord } from './records';

export function applyTeamEvent(teams: Map<string, ProductTeamRecord>, event: ProductTeamEvent): boolean {
  const team = teams.get(event.data.teamId);
  switch (event.type) {
    case 'ProductTeamDefined':
      if (team) return false;
      teams.set(event.data.teamId, {
        id: event.data.teamId,
        name: event.data.name,
        products: event.data.products,
        members: [],
        personalDataGranted: false,
      });
      return true;
    case 'ProductTeamChanged':
      if (!team) return false;
      team.name = event.data.name;
      team.products = event.data.products;
      return true;
    case 'ProductTeamMemberAdded':
      if (!team || team.members.includes(event.data.staffId)) return false;
      team.members = [...team.members, event.data.staffId];
      return true;
    case 'ProductTeamMemberRemoved':
      if (!team) return false;
      team.members = team.members.filter((staffId) => staffId !== event.data.staffId);
      return true;
    case 'ProductTeamPersonalDataGranted':
    case 'ProductTeamPersonalDataRevoked':
      if (!team) return false;
      team.personalDataGranted = event.type === 'ProductTeamPersonalDataGranted';
      return true;
    default:
      return assertNever(event);
  }
}
