import type { RouteRecordRaw } from 'vue-router';
import { KNOWLEDGE_BASE_ROLES } from '@deskstream/knowledge-base-domain';

/**
 * The knowledge base's pages in the console, under the signed-in layout: the articles for every
 * staff role that reads them (product teams read only), the editor for those who may edit (agents,
 * supervisors, admins), the visitor inbox for every staff role (product teams too). The pages load on first visit, so the Markdown renderer and the
 * sanitiser stay out of the console's first download.
 */
export function knowledgeBaseRoutes(): RouteRecordRaw[] {
  const editors = [...KNOWLEDGE_BASE_ROLES.editArticles];
  const readers = [...KNOWLEDGE_BASE_ROLES.readArticleHistory];
  return [
    {
      path: 'articles',
      name: 'kb-articles',
      component: () => import('./ArticleListPage.vue'),
      meta: { roles: readers, nav: { label: 'kb.nav', order: 50 } },
    },
    {
      path: 'articles/inbox',
      name: 'kb-inbox',
      component: () => import('./KnowledgeBaseInboxPage.vue'),
      meta: { roles: [...KNOWLEDGE_BASE_ROLES.readVisitorInbox], nav: { label: 'kb.tabs.inbox', order: 51 } },
    },
    {
      path: 'articles/new',
      name: 'kb-article-new',
      component: () => import('./ArticleEditorPage.vue'),
      meta: { roles: editors },
    },
    {
      path: 'articles/:id',
      name: 'kb-article',
      component: () => import('./ArticleEditorPage.vue'),
      meta: { roles: editors },
    },
  ];
}
