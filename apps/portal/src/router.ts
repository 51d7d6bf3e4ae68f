import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { accountRoutes } from './account/account-routes';
import { bookingRoutes } from './bookings/bookings-routes';
import ChatPage from './chat/ChatPage.vue';
import HomePage from './home/HomePage.vue';
import NotFoundPage from './shell/NotFoundPage.vue';
import { surveyRoutes } from './survey/survey-routes';
import { ticketRoutes } from './tickets/tickets-routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** The message key of the page's own title, put before the portal's name in the tab. */
    titleKey?: string;
  }
}

/**
 * The portal's pages at the site root (the knowledge base, `/kb/…`, is rendered by the api). Any
 * other address shows "page not found", also when reached by a link inside the app.
 */
export function createPortalRouter(history: RouterHistory = createWebHistory('/')) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: HomePage },
      { path: '/chat', name: 'chat', component: ChatPage },
      ...bookingRoutes(),
      ...ticketRoutes(),
      ...accountRoutes(),
      ...surveyRoutes(),
      { path: '/:unknown(.*)*', name: 'not-found', component: NotFoundPage, meta: { titleKey: 'notFound.title' } },
    ],
  });
}
