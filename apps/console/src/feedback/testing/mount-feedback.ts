import type { Plugin } from 'vue';
import { mountSection, stubPage } from '../../testing/mount-section';
import { feedbackRoutes } from '../feedback-routes';
// Loaded with the test file, so the routes' lazy imports need no time within a test.
import '../FeedbackQueuePage.vue';
import '../FeedbackTopicsPage.vue';
import '../FeedbackTopicPage.vue';
import '../FeedbackInboxPage.vue';
import '../ProductTeamsPage.vue';

/** The feedback pages on their own router (with the pages an item's source links to), mounted at `path`. */
export function mountFeedback(plugin: Plugin, path: string) {
  return mountSection(plugin, path, feedbackRoutes(), [
    { path: '/', name: 'home', component: stubPage('start page') },
    { path: '/chats', name: 'chats', component: stubPage('chats') },
    { path: '/chats/archive/:chatId', name: 'chat-archive-chat', component: stubPage('chat') },
    { path: '/tickets/:number', name: 'ticket', component: stubPage('ticket') },
    { path: '/calls/:id', name: 'call', component: stubPage('call') },
    { path: '/articles/inbox', name: 'kb-inbox', component: stubPage('kb inbox') },
    { path: '/articles/:id', name: 'kb-article', component: stubPage('article') },
  ]);
}
