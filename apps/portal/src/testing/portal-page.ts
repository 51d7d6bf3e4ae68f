import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { createPortalRouter } from '../router';
import { createPortalHarness, memoryStorage } from './portal-harness';

/** The whole portal at an address, over a fake api, attached to the document (for focus). */
export async function openPortalPage(
  path: string,
  resolvers: Parameters<typeof createPortalHarness>[0] = {},
  locale = 'en',
  storage?: ReturnType<typeof memoryStorage>,
) {
  const harness = createPortalHarness(resolvers, { locale, ...(storage ? { storage } : {}) });
  const router = createPortalRouter(createMemoryHistory());
  await router.push(path);
  const wrapper: VueWrapper = mount(App, { global: { plugins: [harness.plugin, router] }, attachTo: document.body });
  await flushPromises();
  const byTest = (name: string) => wrapper.get(`[data-test="${name}"]`);
  return { ...harness, router, wrapper, byTest };
}
