import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProductTeamFieldsFragment as ProductTeam } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { NOOR_TEAM } from './testing/feedback-fixtures';
import { mountFeedback } from './testing/mount-feedback';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const member = (id: string, displayName: string, roles: ('PRODUCT' | 'AGENT')[]) => ({
  id,
  username: id,
  displayName,
  roles,
  twoFactor: null,
});

describe('the admin’s product teams', () => {
  it('lists teams with products and members; members are added from the product staff, personal data granted', async () => {
    let teams: ProductTeam[] = [NOOR_TEAM];
    const change = (next: ProductTeam) => {
      teams = teams.map((team) => (team.id === next.id ? next : team));
      return next;
    };
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['ADMIN'] }) } } }),
      Products: () => ({ data: { products: [] } }),
      ProductTeams: () => ({ data: { productTeams: teams } }),
      StaffAccess: () => ({
        data: {
          staffMembers: [
            member('product-1', 'Pouya Rahimi', ['PRODUCT']),
            member('product-2', 'Lena Park', ['PRODUCT']),
            member('agent-1', 'Sara Ahmadi', ['AGENT']),
          ],
        },
      }),
      AddProductTeamMember: ({ staffId }) => ({
        data: {
          addProductTeamMember: change({
            ...NOOR_TEAM,
            members: [...NOOR_TEAM.members, { staffId: String(staffId), name: 'Lena Park' }],
          }),
        },
      }),
      GrantTeamPersonalData: () => ({
        data: { grantTeamPersonalData: change({ ...teams[0]!, personalDataGranted: true }) },
      }),
    });
    await useSessionStore(harness.pinia).signIn('admin', 'right');
    const { wrapper } = await mountFeedback(harness.plugin, '/feedback/teams');
    await flushPromises();

    const team = wrapper.get('[data-test="product-team"]');
    expect(team.text()).toContain('Noor software team');
    expect(team.findAll('[data-test="product-team-member"]').map((each) => each.text())).toEqual([
      expect.stringContaining('Pouya Rahimi'),
    ]);
    const choices = team.findAll('[data-test="product-team-member-choice"] option').map((each) => each.text());
    expect(choices).toContain('Lena Park');
    expect(choices).not.toContain('Sara Ahmadi');
    expect(choices).not.toContain('Pouya Rahimi');

    await team.get('[data-test="product-team-member-choice"]').setValue('product-2');
    await team.get('[data-test="product-team-member-add"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'AddProductTeamMember')?.variables).toMatchObject({
      teamId: 'demo-team-noor',
      staffId: 'product-2',
    });
    expect(wrapper.findAll('[data-test="product-team-member"]')).toHaveLength(2);

    expect(wrapper.get('[data-test="product-team-personal"]').attributes('data-granted')).toBe('false');
    await wrapper.get('[data-test="product-team-personal-toggle"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-test="product-team-personal"]').attributes('data-granted')).toBe('true');
  });
});
