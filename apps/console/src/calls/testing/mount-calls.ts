import type { Pinia } from 'pinia';
import type { Plugin } from 'vue';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { mountSection, stubPage } from '../../testing/mount-section';
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
export function mountCalls(plugin: Plugin, pinia: Pinia, path: string, options: { ringer?: boolean } = {}) {
  const frame = defineComponent(() => () => [options.ringer ? h(CallRinger) : null, h('main', h(RouterView))]);
  const elsewhere = [
    { path: '/', name: 'home', component: stubPage('start page') },
    { path: '/tickets/:number', name: 'ticket', component: stubPage('ticket page') },
    { path: '/customers/:id', name: 'customer', component: stubPage('customer page') },
  ];
  return mountSection(plugin, path, callsRoutes(pinia), elsewhere, frame);
}
