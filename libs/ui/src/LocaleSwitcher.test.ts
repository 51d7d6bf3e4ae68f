import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createDeskstreamI18n } from './i18n/create-i18n';
import LocaleSwitcher from './LocaleSwitcher.vue';

function mountSwitcher(props: { compact?: boolean } = {}) {
  const setup = createDeskstreamI18n({
    messages: { fa: {}, en: {}, ja: {}, vi: {} },
    storage: null,
    browserLanguages: ['en'],
    document,
  });
  const wrapper = mount(LocaleSwitcher, { props, global: { plugins: [setup] }, attachTo: document.body });
  return { wrapper, setup };
}

describe('LocaleSwitcher', () => {
  it('is a labelled select listing each language in its own name', () => {
    const { wrapper } = mountSwitcher();
    const select = wrapper.get('select');
    const label = wrapper.get('label');
    expect(label.attributes('for')).toBe(select.attributes('id'));
    expect(label.text()).toBe('Language');
    expect(wrapper.findAll('option').map((option) => option.text())).toEqual([
      'فارسی',
      'English',
      '日本語',
      'Tiếng Việt',
    ]);
    expect(wrapper.findAll('option').map((option) => option.attributes('lang'))).toEqual(['fa', 'en', 'ja', 'vi']);
    expect((select.element as HTMLSelectElement).value).toBe('en');
    wrapper.unmount();
  });

  it('switches the whole page to Persian, right to left', async () => {
    const { wrapper, setup } = mountSwitcher();
    await wrapper.get('select').setValue('fa');
    expect(setup.locale.value).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(wrapper.get('label').text()).toBe('زبان');
    wrapper.unmount();
  });

  it('keeps the label for screen readers when compact', () => {
    const { wrapper } = mountSwitcher({ compact: true });
    expect(wrapper.get('label').classes()).toContain('visually-hidden');
    wrapper.unmount();
  });
});
