import { flushPromises, mount } from '@vue/test-utils';
import type { Pinia } from 'pinia';
import type { Plugin } from 'vue';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { ticketRoutes } from '../ticket-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../TicketListPage.vue';
import '../TicketPage.vue';
import '../settings/TicketSettingsPage.vue';

/** The tickets' pages on their own router (with the article editor's address to go to), mounted at `path`. */
export async function mountTickets(plugin: Plugin, pinia: Pinia, path: string) {
  const stub = (text: string) => defineComponent(() => () => h('p', text));
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', name: 'home', component: stub('start page') },
      { path: '/articles/:id', name: 'kb-article', component: stub('article editor') },
      ...ticketRoutes(pinia).map((route) => ({ ...route, path: `/${route.path}` })),
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
