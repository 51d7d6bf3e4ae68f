import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { SavedReplyFieldsFragment as SavedReply } from '../generated/graphql';
import { LETTERS, signedInDesk } from '../chat/testing/desk-fixtures';
import SupervisorSavedReplies from './SupervisorSavedReplies.vue';

const hours: SavedReply = {
  id: 'r1',
  departmentId: LETTERS.id,
  title: 'Opening hours',
  text: 'We are open **8–20**.',
  updatedAt: '2026-03-01T08:00:00Z',
  updatedBy: { id: 'sup', name: 'Mina Rahimi' },
};

describe('SupervisorSavedReplies', () => {
  it('lists a department’s saved replies and adds one', async () => {
    const { plugin, fake } = await signedInDesk(
      {
        SavedReplies: () => ({ data: { savedReplies: [hours] } }),
        SaveSavedReply: (variables) => ({
          data: {
            saveSavedReply: { ...hours, id: 'r2', title: String(variables['title']), text: String(variables['text']) },
          },
        }),
      },
      { staff: { roles: ['SUPERVISOR'] } },
    );
    const wrapper = mount(SupervisorSavedReplies, { global: { plugins: [plugin] } });
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'SavedReplies')!.variables).toEqual({ departmentId: 'dep-law' });
    await wrapper.get('[data-test="saved-replies-department"]').setValue(LETTERS.id);
    await flushPromises();
    const rows = () => wrapper.findAll('[data-test="saved-reply-row"]');
    expect(rows().map((row) => row.get('strong').text())).toEqual(['Opening hours']);
    expect(rows()[0]!.find('.chat-formatted-text strong').text()).toBe('8–20');

    await wrapper.get('[data-test="saved-reply-add"]').trigger('click');
    await wrapper.get('[data-test="saved-reply-title"]').setValue(' Borrowing ');
    await wrapper.get('[data-test="saved-reply-text"]').setValue('Ten books for two weeks.');
    await wrapper.get('[data-test="saved-reply-form"]').trigger('submit');
    await flushPromises();
    const call = fake.calls.find((each) => each.name === 'SaveSavedReply')!;
    expect(call.variables).toMatchObject({
      departmentId: LETTERS.id,
      replyId: null,
      title: 'Borrowing',
      text: 'Ten books for two weeks.',
    });
    expect(rows().map((row) => row.get('strong').text())).toEqual(['Borrowing', 'Opening hours']);
    expect(wrapper.find('[data-test="saved-reply-form"]').exists()).toBe(false);
  });
});
