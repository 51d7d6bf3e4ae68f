import { flushPromises, mount } from '@vue/test-utils';
import type { Pinia } from 'pinia';
import type { Plugin } from 'vue';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { callsRoutes } from '../calls-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../CallPage.vue';
import '../CallsLivePage.vue';
import '../CallbacksPage.vue';
import '../CallListsPage.vue';
import '../CallLogPage.vue';
import '../CtiSettingsPage.vue';
import CallRinger from '../CallRinger.vue';

/**
 * The calls pages on their own router (with the ticket and customer addresses they link to),
 * mounted at `path` under the ringing banner, as the console's frame has it.
 */
export async function mountCalls(plugin: Plugin, pinia: Pinia, path: string, options: { ringer?: boolean } = {}) {
  const stub = (text: string) => defineComponent(() => () => h('p', text));
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', name: 'home', component: stub('start page') },
      { path: '/tickets/:number', name: 'ticket', component: stub('ticket page') },
      { path: '/customers/:id', name: 'customer', component: stub('customer page') },
      ...callsRoutes(pinia).map((route) => ({ ...route, path: `/${route.path}` })),
    ],
  });
  await router.push(path);
  await router.isReady();
  const frame = defineComponent(() => () => [options.ringer ? h(CallRinger) : null, h('main', h(RouterView))]);
  const wrapper = mount(frame, { global: { plugins: [plugin, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}
