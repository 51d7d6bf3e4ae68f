import { flushPromises, mount } from '@vue/test-utils';
import type { Plugin } from 'vue';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { knowledgeBaseRoutes } from '../knowledge-base-routes';

/** The knowledge base's pages on their own router (and a start page to be sent back to), mounted at `path`. */
export async function mountKnowledgeBase(plugin: Plugin, path: string) {
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', name: 'presence', component: defineComponent(() => () => h('p', 'start page')) },
      ...knowledgeBaseRoutes().map((route) => ({ ...route, path: `/${route.path}` })),
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(
    defineComponent(() => () => h(RouterView)),
    { global: { plugins: [plugin, router] }, attachTo: document.body },
  );
  await flushPromises();
  return { wrapper, router };
}
