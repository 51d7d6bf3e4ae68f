import type { Plugin } from 'vue';
import { mountSection, stubPage } from '../../testing/mount-section';
import { customersRoutes } from '../customers-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../CustomerSearchPage.vue';
import '../CustomerPage.vue';
import '../CustomerRecordPage.vue';
import '../ProductCataloguePage.vue';

/** The customers' pages on their own router (with the pages the timeline links to), mounted at `path`. */
export function mountCustomers(plugin: Plugin, path: string) {
  return mountSection(plugin, path, customersRoutes(), [
    { path: '/', name: 'home', component: stubPage('start page') },
    { path: '/tickets/:number', name: 'ticket', component: stubPage('ticket') },
    { path: '/chats', name: 'chats', component: stubPage('chats') },
    { path: '/chats/archive/:chatId', name: 'chat-archive-chat', component: stubPage('chat') },
    { path: '/bookings', name: 'bookings-calendar', component: stubPage('bookings') },
  ]);
}
