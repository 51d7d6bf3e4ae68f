import type { Pinia } from 'pinia';
import type { RouteRecordRaw } from 'vue-router';
import { useChatQueueStore } from './chat-queue-store';

/**
 * The reference desk's pages in the console: the chat desk (first in the navigation, with the
 * count of chats the agent has not looked at), the outbox, and the supervisor's overview.
 */
export function referenceDeskRoutes(pinia: Pinia): RouteRecordRaw[] {
  return [
    {
      path: 'chats',
      name: 'chats',
      component: () => import('./ChatDeskPage.vue'),
      meta: { roles: ['AGENT', 'SUPERVISOR', 'ADMIN'], nav: { label: 'chat.nav', order: 10, badge: () => useChatQueueStore(pinia).unseen.length } },
    },
    {
      path: 'outbox',
      name: 'outbox',
      component: () => import('../outbox/OutboxPage.vue'),
      meta: { roles: ['AGENT', 'SUPERVISOR', 'ADMIN'], nav: { label: 'outbox.nav', order: 40 } },
    },
    {
      path: 'supervisor',
      name: 'supervisor',
      component: () => import('../supervisor/SupervisorPage.vue'),
      meta: { roles: ['SUPERVISOR', 'ADMIN'], nav: { label: 'supervisor.nav', order: 30 } },
    },
  ];
}
