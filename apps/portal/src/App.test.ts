import { SUPPORTED_LOCALES, type Locale } from '@deskstream/ui';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { portalMessages } from './i18n/messages/index';
import { createPortalRouter } from './router';
import { createPortalHarness } from './testing/portal-harness';

async function mountPortal(locale: Locale, path = '/') {
  // Pinia and a fake api too: the header asks whether a patron is signed in.
  const { i18n, plugin } = createPortalHarness({}, { locale });
  const router = createPortalRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [plugin, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, i18n };
}

afterEach(() => vi.useRealTimers());

describe('portal home', () => {
  it.each(SUPPORTED_LOCALES)('offers the knowledge base, questions and chat in %s', async (locale) => {
    const { wrapper } = await mountPortal(locale);
    expect(wrapper.get('h1').text()).toBe((portalMessages[locale]['home'] as { title: string }).title);
    expect(wrapper.findAll('h2')).toHaveLength(5);
    expect(wrapper.find('#knowledge-base').exists()).toBe(true);
    expect(wrapper.find('#ask').exists()).toBe(true);
    expect(wrapper.find('#chat').exists()).toBe(true);
    expect(wrapper.find('#book').exists()).toBe(true);
    expect(wrapper.find('#ticket').exists()).toBe(true);
    expect(document.documentElement.lang).toBe(locale);
    expect(document.documentElement.dir).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    wrapper.unmount();
  });

  it('leads to what exists: the knowledge base and its search, the question form and the chat, with nothing "coming soon"', async () => {
    const { wrapper } = await mountPortal('vi');
    expect(wrapper.text()).not.toContain('Sắp ra mắt');
    const search = wrapper.get('[data-test="home-kb-search"]');
    expect(search.attributes()).toMatchObject({ role: 'search', method: 'get', action: '/kb/vi/search' });
    expect(search.get('input[type="search"]').attributes('name')).toBe('q');
    expect(search.get('label').attributes('for')).toBe(search.get('input').attributes('id'));
    expect(wrapper.get('[data-test="home-kb-link"]').attributes('href')).toBe('/kb/vi');
    expect(wrapper.get('#ask [data-test="home-ask-link"]').attributes('href')).toBe('/kb/vi/ask');
    expect(wrapper.get('#chat [data-test="home-chat-link"]').attributes('href')).toBe('/chat');
    wrapper.unmount();
  });

  it('says nothing in English about search that "will work" one day', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const body = (portalMessages[locale]['home'] as Record<string, { body: string }>)['knowledgeBase']!.body;
      expect(body).not.toMatch(/will work|کار خواهد کرد|予定|sẽ hoạt động/);
    }
  });

  it("writes the year in the reader's calendar: the Persian (Jalali) year in Persian digits for fa", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T12:00:00Z'));
    const { wrapper: persian } = await mountPortal('fa');
    expect(persian.get('footer').text()).toBe('دسک‌استریم · ۱۴۰۵');
    persian.unmount();
    const { wrapper: english } = await mountPortal('en');
    expect(english.get('footer').text()).toBe('Deskstream · 2026');
    english.unmount();
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

  it('shows a page-not-found for unknown addresses, with its title and the way home', async () => {
    const { wrapper } = await mountPortal('ja', '/no/such/page');
    expect(wrapper.get('h1').text()).toBe('ページが見つかりません');
    expect(document.title).toBe('ページが見つかりません · Deskstream ヘルプ');
    const links = wrapper.findAll('[data-test="not-found"] nav a').map((link) => link.attributes('href'));
    expect(links).toEqual(['/', '/kb/ja', '/chat']);
    wrapper.unmount();
  });

  it('shows page-not-found after a link inside the app to an unknown address, and goes home from it', async () => {
    const { wrapper } = await mountPortal('en');
    const router = (wrapper.vm as unknown as { $router: ReturnType<typeof createPortalRouter> }).$router;
    await router.push('/chat/nowhere');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Page not found');
    await wrapper.get('[data-test="not-found-home"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('How can we help?');
    expect(document.title).toBe('Deskstream Help');
    wrapper.unmount();
  });
});
