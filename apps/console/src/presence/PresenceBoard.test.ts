import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { BoardDepartmentFieldsFragment as BoardDepartment } from '../generated/graphql';
import { createConsoleHarness } from '../testing/console-harness';
import PresenceBoard from './PresenceBoard.vue';

const departments: BoardDepartment[] = [
  {
    department: { id: 'dep-science', name: { fa: 'علوم', en: 'Science', ja: '理学部', vi: 'Khoa học' } },
    agents: [
      { id: 'a2', displayName: 'Yuki Tanaka', presence: 'ONLINE', onlineSince: '2026-03-21T08:30:00Z' },
      { id: 'a1', displayName: 'Minh Nguyen', presence: 'ONLINE', onlineSince: '2026-03-21T07:05:00Z' },
    ],
  },
  { department: { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } }, agents: [] },
];

function mountBoard(locale: string, list = departments) {
  const { plugin } = createConsoleHarness({}, { locale });
  return mount(PresenceBoard, { props: { departments: list }, global: { plugins: [plugin] } });
}

describe('PresenceBoard', () => {
  it('lists each department by its name in the locale, with its online agents by name', () => {
    const wrapper = mountBoard('en');
    const sections = wrapper.findAll('section');
    expect(sections.map((section) => section.get('h2').text())).toEqual(['Letters', 'Science']);
    expect(sections[1]!.findAll('li .presence-board__name').map((name) => name.text())).toEqual([
      'Minh Nguyen',
      'Yuki Tanaka',
    ]);
    expect(sections[1]!.get('.presence-board__count').text()).toBe('2 agents online');
    expect(sections[0]!.text()).toContain('Nobody is online in this department right now.');
    expect(sections[1]!.get('time').attributes('datetime')).toBe('2026-03-21T07:05:00Z');
  });

  it('writes counts and times with Persian digits in Persian', () => {
    const wrapper = mountBoard('fa');
    const science = wrapper.findAll('section').find((section) => section.get('h2').text() === 'علوم')!;
    expect(science.get('.presence-board__count').text()).toBe('۲ کارشناس آنلاین');
    expect(science.get('time').text()).toMatch(/^آنلاین از [۰-۹:٫ ]+/);
    expect(science.get('time').text()).not.toMatch(/[0-9]/);
  });

  it('says when no department exists yet', () => {
    expect(mountBoard('vi', []).text()).toBe('Chưa có bộ phận nào được thiết lập.');
  });
});
