import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import BookingSetupPage from './BookingSetupPage.vue';
import { CENTRAL, GENEALOGY, TOKYO, YUKI } from './testing/booking-fixtures';

// Mounting whole pages (the calendar with FullCalendar) is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const RULES = {
  sessionMinutes: 45,
  paddingMinutes: 15,
  bookingWindowDays: 30,
  minimumNoticeMinutes: 120,
  cancellationCutoffMinutes: 60,
  reminderLeadMinutes: 1440,
};
const NONE = {
  sessionMinutes: null,
  paddingMinutes: null,
  bookingWindowDays: null,
  minimumNoticeMinutes: null,
  cancellationCutoffMinutes: null,
  reminderLeadMinutes: null,
};

async function openSetup() {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['ADMIN'] }) } } }),
    BookingBoard: () => ({
      data: { bookingBranches: [CENTRAL, TOKYO], bookingTopics: [GENEALOGY], bookingExperts: [YUKI] },
    }),
    BookingStaffCandidates: () => ({
      data: {
        bookingStaffCandidates: [
          { id: 'yuki', displayName: 'Yuki Tanaka', enrolled: true },
          { id: 'minh', displayName: 'Nguyễn Văn Minh', enrolled: false },
        ],
      },
    }),
    BookingRules: () => ({
      data: {
        bookingBranches: [CENTRAL, TOKYO].map((branch) => ({
          id: branch.id,
          rules: RULES,
          ruleOverrides: { ...NONE, paddingMinutes: 15 },
          closures: [],
        })),
      },
    }),
    EnrolBookingExpert: () => ({ data: { enrolBookingExpert: { ...YUKI, id: 'minh' } } }),
    SetBookingExpertAvailability: () => ({ data: { setBookingExpertAvailability: YUKI } }),
    SetBookingBranchRules: ({ id }) => ({ data: { setBookingBranchRules: { id } } }),
    OpenBookingBranch: () => ({ data: { openBookingBranch: CENTRAL } }),
  });
  await useSessionStore(harness.pinia).signIn('admin', 'right');
  const wrapper = mount(BookingSetupPage, { global: { plugins: [harness.plugin] }, attachTo: document.body });
  await flushPromises();
  return { harness, wrapper };
}

const sent = (harness: Awaited<ReturnType<typeof openSetup>>['harness'], name: string) =>
  harness.fake.calls.find((call) => call.name === name)?.variables;

describe('Book a Librarian set-up', () => {
  it('enrols a staff member at a branch on some topics', async () => {
    const { harness, wrapper } = await openSetup();
    const form = wrapper.findAll('form').find((each) => each.text().includes('Take bookings: a new expert'))!;
    const [staff, branch] = form.findAll('select');
    await staff!.setValue('minh');
    await branch!.setValue('central');
    await form.get('input[type="checkbox"]').setValue(true);
    await form.trigger('submit');
    await flushPromises();
    expect(sent(harness, 'EnrolBookingExpert')).toMatchObject({
      staffId: 'minh',
      branchId: 'central',
      topicIds: ['genealogy'],
    });
    wrapper.get('[data-test="booking-setup-saved"]');
  });

  it('sets an expert’s weekly hours in the branch’s zone', async () => {
    const { harness, wrapper } = await openSetup();
    const expert = wrapper.get('[data-test="booking-setup-expert"][data-expert-id="yuki"]');
    const hours = expert.findAll('form')[1]!;
    await hours.findAll('button[type="button"]').at(-1)!.trigger('click');
    await hours.trigger('submit');
    await flushPromises();
    expect(sent(harness, 'SetBookingExpertAvailability')).toMatchObject({
      id: 'yuki',
      weekly: [
        { weekday: 3, start: '09:00', end: '17:00' },
        { weekday: 1, start: '09:00', end: '12:00' },
      ],
    });
  });

  it('keeps a branch’s own rules, leaves the others empty to inherit, and shows the rule in force', async () => {
    const { harness, wrapper } = await openSetup();
    const branch = wrapper.get('[data-test="booking-setup-branch"][data-branch-id="tokyo"]');
    expect((branch.get('[data-test="booking-rule-paddingMinutes"]').element as HTMLInputElement).value).toBe('15');
    expect(branch.get('[data-test="booking-rule-sessionMinutes"]').attributes('placeholder')).toBe('45');
    await branch.get('[data-test="booking-rule-minimumNoticeMinutes"]').setValue('0');
    await branch.get('.bookings-rules:not([data-test])').trigger('submit');
    await flushPromises();
    expect(sent(harness, 'SetBookingBranchRules')).toMatchObject({
      id: 'tokyo',
      rules: { ...NONE, paddingMinutes: 15, minimumNoticeMinutes: 0 },
    });
  });

  it('opens a new branch with its names, time zone and modes', async () => {
    const { harness, wrapper } = await openSetup();
    const form = wrapper.get('[data-test="booking-branch-new"]');
    const inputs = form.findAll('input:not([type="checkbox"])');
    const values = ['lakewood', 'لیک‌وود', 'Lakewood', 'レイクウッド', 'Lakewood', 'America/Los_Angeles', '1 Main St'];
    for (const [index, value] of values.entries()) await inputs[index]!.setValue(value);
    await form.trigger('submit');
    await flushPromises();
    expect(sent(harness, 'OpenBookingBranch')).toMatchObject({
      id: 'lakewood',
      input: {
        name: { fa: 'لیک‌وود', en: 'Lakewood', ja: 'レイクウッド', vi: 'Lakewood' },
        timeZone: 'America/Los_Angeles',
        modes: ['PHONE', 'VIDEO', 'IN_PERSON'],
        address: '1 Main St',
      },
    });
  });
});
