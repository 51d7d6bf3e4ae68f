import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import ChatPage from './chat/ChatPage.vue';
import HomePage from './home/HomePage.vue';
import NotFoundPage from './shell/NotFoundPage.vue';

/** The portal's pages at the site root. Knowledge-base pages (`/kb/errors/1603`) come next. */
export function createPortalRouter(history: RouterHistory = createWebHistory('/')) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: HomePage },
      { path: '/chat', name: 'chat', component: ChatPage },
      { path: '/:unknown(.*)*', name: 'not-found', component: NotFoundPage },
    ],
  });
}
