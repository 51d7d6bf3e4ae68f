import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createConsoleHarness } from '../testing/console-harness';
import LiveStatus from './LiveStatus.vue';
import PageHeader from './PageHeader.vue';

describe('PageHeader', () => {
  it('shows the heading with its id, the introduction and the page tools', () => {
    const header = mount(PageHeader, {
      props: { titleId: 'outbox-title', title: 'Outbox', intro: 'Every outgoing mail.' },
      slots: { default: '<button type="button">Refresh</button>' },
    });
    const heading = header.get('h1');
    expect(heading.attributes('id')).toBe('outbox-title');
    expect(heading.text()).toBe('Outbox');
    expect(header.get('.page-header__intro').text()).toBe('Every outgoing mail.');
    expect(header.get('button').text()).toBe('Refresh');
  });
});

describe('LiveStatus', () => {
  it('says how the live socket is, in the console language, and marks a connected one', async () => {
    const { plugin } = createConsoleHarness({}, { locale: 'en' });
    const status = mount(LiveStatus, { props: { status: 'reconnecting' }, global: { plugins: [plugin] } });
    expect(status.attributes('role')).toBe('status');
    expect(status.classes()).toContain('is-reconnecting');
    expect(status.text()).toBe('Reconnecting…');

    await status.setProps({ status: 'connected' });
    expect(status.classes()).toContain('is-connected');
    expect(status.text()).toBe('Live');
  });
});
