import { flushPromises, mount } from '@vue/test-utils';
import type { Plugin } from 'vue';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { customersRoutes } from '../customers-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../CustomerSearchPage.vue';
import '../CustomerPage.vue';
import '../CustomerRecordPage.vue';
import '../ProductCataloguePage.vue';

/** The customers' pages on their own router (with the pages the timeline links to), mounted at `path`. */
export async function mountCustomers(plugin: Plugin, path: string) {
  const stub = (text: string) => defineComponent(() => () => h('p', text));
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', name: 'home', component: stub('start page') },
      { path: '/tickets/:number', name: 'ticket', component: stub('ticket') },
      { path: '/chats', name: 'chats', component: stub('chats') },
      { path: '/chats/archive/:chatId', name: 'chat-archive-chat', component: stub('chat') },
      { path: '/bookings', name: 'bookings-calendar', component: stub('bookings') },
      ...customersRoutes().map((route) => ({ ...route, path: `/${route.path}` })),
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(
    defineComponent(() => () => h(RouterView)),
    { global: { plugins: [plugin, router] }, attachTo: document.body },
  );
  await flushPromises();
  return { wrapper, router };
}
