import { flushPromises, mount } from '@vue/test-utils';
import type { Component, Plugin } from 'vue';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw } from 'vue-router';

/** A stand-in for a page outside the section under test: a paragraph with `text`. */
export const stubPage = (text: string) => defineComponent(() => () => h('p', text));

/**
 * A console section's pages (their routes as the section declares them, relative to the console) on their own
 * router, with `elsewhere` for the pages they link to or send back to, mounted at `path` in the document;
 * `frame` holds the router's view (by default the view alone).
 */
export async function mountSection(
  plugin: Plugin,
  path: string,
  sectionRoutes: readonly RouteRecordRaw[],
  elsewhere: readonly RouteRecordRaw[] = [],
  frame: Component = defineComponent(() => () => h(RouterView)),
) {
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [...elsewhere, ...sectionRoutes.map((route) => ({ ...route, path: `/${route.path}` }) as RouteRecordRaw)],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(frame, { global: { plugins: [plugin, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}
