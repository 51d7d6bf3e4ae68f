import { createDeskstreamI18n, SUPPORTED_LOCALES, type Locale } from '@deskstream/ui';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { portalMessages } from './i18n/messages/index';
import { createPortalRouter } from './router';

async function mountPortal(locale: Locale, path = '/') {
  const i18n = createDeskstreamI18n({ messages: portalMessages, storage: null, browserLanguages: [locale], document });
  const router = createPortalRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, i18n };
}

describe('portal home', () => {
  it.each(SUPPORTED_LOCALES)('offers the knowledge base, questions and chat in %s', async (locale) => {
    const { wrapper } = await mountPortal(locale);
    expect(wrapper.get('h1').text()).toBe((portalMessages[locale]['home'] as { title: string }).title);
    expect(wrapper.findAll('h2')).toHaveLength(3);
    expect(wrapper.find('#knowledge-base').exists()).toBe(true);
    expect(wrapper.find('#ask').exists()).toBe(true);
    expect(wrapper.find('#chat').exists()).toBe(true);
    expect(document.documentElement.lang).toBe(locale);
    expect(document.documentElement.dir).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    wrapper.unmount();
  });

  it('switches to Persian: right to left, Persian text and digits', async () => {
    const { wrapper } = await mountPortal('en');
    await wrapper.get('select').setValue('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(wrapper.get('h1').text()).toBe('چطور می‌توانیم کمک کنیم؟');
    expect(wrapper.get('footer').text()).toMatch(/[۰-۹]{4}/);
    expect(wrapper.get('footer').text()).not.toMatch(/[0-9]/);
    expect(document.title).toBe('راهنمای دسک‌استریم');
    wrapper.unmount();
  });

  it('shows a page-not-found for unknown addresses', async () => {
    const { wrapper } = await mountPortal('ja', '/no/such/page');
    expect(wrapper.get('h1').text()).toBe('ページが見つかりません');
    wrapper.unmount();
  });
});
