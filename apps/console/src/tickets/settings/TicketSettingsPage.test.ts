import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { TicketSettingsFieldsFragment as TicketSettings } from '../../generated/graphql';
import { useSessionStore } from '../../session/session-store';
import { createConsoleHarness, staffMember } from '../../testing/console-harness';
import TicketSettingsPage from './TicketSettingsPage.vue';

const humanities = { id: 'humanities', name: { fa: 'علوم انسانی', en: 'Humanities', ja: '人文学', vi: 'Nhân văn' } };
const settings: TicketSettings = {
  requesterTypes: [{ key: 'patron', name: { fa: 'عضو', en: 'Patron', ja: '利用者', vi: 'Bạn đọc' } }],
  inboundAddresses: [{ address: 'help@deskstream.localhost', department: humanities }],
  defaultDepartment: humanities,
  departments: [{ department: humanities, fields: [], autoAssignment: false, capPerAgent: 10 }],
  calendars: [
    {
      id: 'tehran',
      name: 'Tehran week',
      timeZone: 'Asia/Tehran',
      hours: [{ day: 6, start: '08:00', end: '16:00' }],
      holidays: [],
    },
  ],
  slaPolicies: [],
  smtpListener: '127.0.0.1:2525',
};

async function mountSettings(roles: ('ADMIN' | 'SUPERVISOR')[]) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }),
    TicketSettings: () => ({ data: { ticketSettings: settings } }),
    ChatDepartments: () => ({ data: { departments: [humanities] } }),
    SetRequesterTypes: (variables) => ({
      data: {
        setRequesterTypes: { ...settings, requesterTypes: variables['types'] as TicketSettings['requesterTypes'] },
      },
    }),
    SetAutoAssignment: () => ({
      data: {
        setAutoAssignment: { ...settings, departments: [{ ...settings.departments[0]!, autoAssignment: true }] },
      },
    }),
  });
  await useSessionStore(harness.pinia).signIn('admin', 'right');
  const wrapper = mount(TicketSettingsPage, { global: { plugins: [harness.plugin] } });
  await flushPromises();
  return { ...harness, wrapper };
}

describe('the ticket settings page', () => {
  it('lets an admin add a requester type in four languages and save it', async () => {
    const { wrapper, fake } = await mountSettings(['ADMIN']);
    const section = wrapper.get('[data-test="settings-requester-types"]');
    await section
      .findAll('button')
      .find((button) => button.text() === 'Add')!
      .trigger('click');
    const inputs = section.findAll('input');
    const added = inputs.slice(-5);
    await added[0]!.setValue('publisher');
    for (const [at, name] of ['ناشر', 'Publisher', '出版社', 'Nhà xuất bản'].entries())
      await added[at + 1]!.setValue(name);
    await section.get('form').trigger('submit');
    await flushPromises();
    expect(fake.calls.at(-1)).toMatchObject({
      name: 'SetRequesterTypes',
      variables: {
        types: [
          settings.requesterTypes[0],
          { key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'Nhà xuất bản' } },
        ],
      },
    });
    expect(section.text()).toContain('Saved.');
  });

  it('turns on automatic assignment for a department', async () => {
    const { wrapper, fake } = await mountSettings(['ADMIN']);
    await wrapper.get('[data-test="settings-auto"]').setValue(true);
    await wrapper.get('[data-test="settings-auto"]').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(fake.calls.at(-1)).toMatchObject({
      name: 'SetAutoAssignment',
      variables: { departmentId: 'humanities', enabled: true, capPerAgent: 10 },
    });
  });

  it('shows a supervisor the settings without a way to change them', async () => {
    const { wrapper } = await mountSettings(['SUPERVISOR']);
    expect(wrapper.text()).toContain('You can read these settings; administrators change them.');
    const address = wrapper.findAll('input').find((input) => input.element.value === 'help@deskstream.localhost');
    expect(address!.element.closest('fieldset')!.disabled).toBe(true);
    expect(wrapper.findAll('button').filter((button) => button.text() === 'Save')).toHaveLength(0);
  });
});
