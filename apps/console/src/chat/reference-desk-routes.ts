import type { Pinia } from 'pinia';
import type { RouteRecordRaw } from 'vue-router';
import { ANSWERING_ROLES } from '@deskstream/chat-domain';
import { useChatDeskStore } from './chat-desk-store';
import { useChatQueueStore } from './chat-queue-store';

/**
 * The reference desk's pages in the console: the chat desk (first in the navigation, with the
 * count of chats the agent has not looked at, handed-over ones included), the archive of chats
 * with each chat at its own address, the outbox, and the supervisor's overview.
 */
export function referenceDeskRoutes(pinia: Pinia): RouteRecordRaw[] {
  return [
    {
      path: 'chats',
      name: 'chats',
      component: () => import('./ChatDeskPage.vue'),
      meta: {
        roles: [...ANSWERING_ROLES],
        nav: {
          label: 'chat.nav',
          order: 10,
          badge: () => useChatQueueStore(pinia).unseen.length + useChatDeskStore(pinia).handedUnseen.length,
        },
      },
    },
    {
      path: 'chats/archive',
      name: 'chat-archive',
      component: () => import('./ChatArchivePage.vue'),
      meta: { roles: ['AGENT', 'SUPERVISOR', 'ADMIN'], nav: { label: 'chat.archive.nav', order: 25 } },
    },
    {
      path: 'chats/archive/:chatId',
      name: 'chat-archive-chat',
      component: () => import('./ChatArchiveChatPage.vue'),
      props: true,
      meta: { roles: ['AGENT', 'SUPERVISOR', 'ADMIN'] },
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
