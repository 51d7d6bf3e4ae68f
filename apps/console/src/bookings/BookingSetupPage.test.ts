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
    BookingTopicRules: () => ({
      data: {
        bookingTopics: [{ id: 'genealogy', ruleOverrides: { ...NONE, sessionMinutes: 60, paddingMinutes: 10 } }],
      },
    }),
    DefineBookingTopic: () => ({ data: { defineBookingTopic: GENEALOGY } }),
    UpdateBookingTopic: () => ({ data: { updateBookingTopic: GENEALOGY } }),
    SetBookingTopicRules: ({ id }) => ({ data: { setBookingTopicRules: { id } } }),
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
    await branch.get('[data-test="booking-rules"]').trigger('submit');
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

  it('defines a new topic with its id and its names in the four languages', async () => {
    const { harness, wrapper } = await openSetup();
    const form = wrapper.get('[data-test="booking-topic-new"]');
    const inputs = form.findAll('input');
    const values = ['local-history', 'تاریخ محلی', 'Local history', '郷土史', 'Lịch sử địa phương'];
    for (const [index, value] of values.entries()) await inputs[index]!.setValue(value);
    await form.trigger('submit');
    await flushPromises();
    expect(sent(harness, 'DefineBookingTopic')).toMatchObject({
      id: 'local-history',
      name: { fa: 'تاریخ محلی', en: 'Local history', ja: '郷土史', vi: 'Lịch sử địa phương' },
    });
    wrapper.get('[data-test="booking-setup-saved"]');
    expect((inputs[1]!.element as HTMLInputElement).value).toBe('');
  });

  it('leaves a new topic’s id to be drawn when it is left empty', async () => {
    const { harness, wrapper } = await openSetup();
    const form = wrapper.get('[data-test="booking-topic-new"]');
    const inputs = form.findAll('input');
    for (const [index, value] of ['', 'الف', 'Maps', '地図', 'Bản đồ'].entries()) await inputs[index]!.setValue(value);
    await form.trigger('submit');
    await flushPromises();
    expect(sent(harness, 'DefineBookingTopic')).toMatchObject({ id: null, name: { en: 'Maps' } });
  });

  it('lists the topics with their experts and renames one in the four languages', async () => {
    const { harness, wrapper } = await openSetup();
    const topic = wrapper.get('[data-test="booking-setup-topic"][data-topic-id="genealogy"]');
    expect(topic.get('h3').text()).toBe('Genealogy');
    expect(topic.get('[data-test="booking-topic-experts"]').text()).toBe('2 experts take it');
    const form = topic.get('[data-test="booking-topic-edit"]');
    expect(form.findAll('input').map((input) => (input.element as HTMLInputElement).value)).toEqual([
      'شجره‌نامه',
      'Genealogy',
      '家系調査',
      'Phả hệ',
    ]);
    await form.findAll('input')[1]!.setValue('Family history');
    await form.trigger('submit');
    await flushPromises();
    expect(sent(harness, 'UpdateBookingTopic')).toEqual({
      id: 'genealogy',
      name: { fa: 'شجره‌نامه', en: 'Family history', ja: '家系調査', vi: 'Phả hệ' },
      commandId: expect.any(String),
    });
  });

  it('keeps a topic’s own rules as numbers and sends an emptied one as null to inherit the branch’s', async () => {
    const { harness, wrapper } = await openSetup();
    const topic = wrapper.get('[data-test="booking-setup-topic"][data-topic-id="genealogy"]');
    const session = topic.get('[data-test="booking-rule-sessionMinutes"]');
    expect((session.element as HTMLInputElement).value).toBe('60');
    await session.setValue('');
    await topic.get('[data-test="booking-rule-reminderLeadMinutes"]').setValue('30');
    await topic.get('[data-test="booking-rule-bookingWindowDays"]').setValue('14');
    await topic.get('[data-test="booking-rules"]').trigger('submit');
    await flushPromises();
    expect(sent(harness, 'SetBookingTopicRules')).toEqual({
      id: 'genealogy',
      rules: { ...NONE, paddingMinutes: 10, bookingWindowDays: 14, reminderLeadMinutes: 30 },
      commandId: expect.any(String),
    });
    expect(sent(harness, 'SetBookingBranchRules')).toBeUndefined();
  });
});
