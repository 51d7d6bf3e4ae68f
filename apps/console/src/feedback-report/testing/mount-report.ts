import type { Plugin } from 'vue';
import { mountSection, stubPage } from '../../testing/mount-section';
import { feedbackReportRoutes } from '../feedback-report-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../FeedbackReportPage.vue';
import '../ReportItemsPage.vue';
import '../ReportDefinitionsPage.vue';

/** The report's pages on their own router (with the pages the items link to), mounted at `path`. */
export function mountReport(plugin: Plugin, path: string) {
  return mountSection(plugin, path, feedbackReportRoutes(), [
    { path: '/', name: 'home', component: stubPage('start page') },
    {
      path: '/tickets/:number',
      name: 'ticket',
      component: stubPage('ticket'),
      meta: { roles: ['AGENT', 'SUPERVISOR', 'ADMIN'] },
    },
    { path: '/chats', name: 'chats', component: stubPage('chats') },
    { path: '/chats/archive/:chatId', name: 'chat-archive-chat', component: stubPage('chat') },
    { path: '/calls/:id', name: 'call', component: stubPage('call') },
    { path: '/articles/:id', name: 'kb-article', component: stubPage('article') },
  ]);
}
