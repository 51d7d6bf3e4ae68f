import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import { createConsoleRouter } from '../router';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { readinessProbeKey, READINESS_POLL_MS, useApiReadinessStore, type ReadinessProbe } from './api-readiness-store';

/** An api that answers "catching up" to the first `catchingUpFor` questions, with waits run by hand. */
function fakeProbe(catchingUpFor: number) {
  let asked = 0;
  const waits: { ms: number; then: () => void }[] = [];
  const probe: ReadinessProbe = {
    catchingUp: async () => asked++ < catchingUpFor,
    wait(ms, then) {
      const entry = { ms, then };
      waits.push(entry);
      return () => waits.splice(waits.indexOf(entry), 1);
    },
  };
  return { probe, waits, asked: () => asked, next: () => waits.shift()!.then() };
}

async function consoleWith(probe: ReadinessProbe, resolvers = {}) {
  const harness = createConsoleHarness(
    {
      Me: () => ({ data: { me: staffMember({ roles: ['SUPERVISOR'] }) } }),
      OnlineAgents: () => ({ data: { onlineAgents: [] } }),
      ...resolvers,
    },
    { token: 'saved' },
  );
  const router = createConsoleRouter(harness.pinia, createMemoryHistory('/console/'));
  await router.push('/online');
  const root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(root, {
    global: { plugins: [harness.plugin, router], provide: { [readinessProbeKey as symbol]: probe } },
    attachTo: document.body,
  });
  await flushPromises();
  return { ...harness, wrapper };
}

describe('useApiReadinessStore', () => {
  it('asks until the api has caught up, less and less often, then stops', async () => {
    const fake = fakeProbe(3);
    const { pinia, app } = createConsoleHarness();
    app.provide(readinessProbeKey, fake.probe);
    const readiness = app.runWithContext(() => useApiReadinessStore(pinia));
    await readiness.check();
    expect(readiness.state).toBe('catching-up');
    expect(fake.waits.map((wait) => wait.ms)).toEqual([READINESS_POLL_MS[0]]);
    fake.next();
    await flushPromises();
    expect(fake.waits.map((wait) => wait.ms)).toEqual([READINESS_POLL_MS[1]]);
    fake.next();
    await flushPromises();
    expect(readiness.state).toBe('catching-up');
    fake.next();
    await flushPromises();
    expect(readiness.state).toBe('ready');
    expect(fake.asked()).toBe(4);
    expect(fake.waits).toEqual([]);
  });

  it('asks once when the api is ready at once', async () => {
    const fake = fakeProbe(0);
    const { pinia, app } = createConsoleHarness();
    app.provide(readinessProbeKey, fake.probe);
    const readiness = app.runWithContext(() => useApiReadinessStore(pinia));
    await Promise.all([readiness.check(), readiness.check()]);
    expect(readiness.state).toBe('ready');
    expect(fake.asked()).toBe(1);
    expect(fake.waits).toEqual([]);
  });
});

describe('the console while the api catches up', () => {
  it('says so politely and shows no page (no half-built list) until the api is ready', async () => {
    const fake = fakeProbe(2);
    let boardLoads = 0;
    const { wrapper } = await consoleWith(fake.probe, {
      OnlineAgents: () => {
        boardLoads++;
        return { data: { onlineAgents: [] } };
      },
    });
    const banner = wrapper.get('[data-test="catching-up"]');
    expect(banner.attributes('role')).toBe('status');
    expect(banner.text()).toContain('Catching up');
    expect(wrapper.find('h1').exists()).toBe(false);
    expect(wrapper.get('main').attributes('aria-busy')).toBe('true');
    expect(boardLoads).toBe(0);

    fake.next();
    await flushPromises();
    expect(wrapper.find('[data-test="catching-up"]').exists()).toBe(true);
    fake.next();
    await flushPromises();
    expect(wrapper.find('[data-test="catching-up"]').exists()).toBe(false);
    expect(wrapper.get('h1').text()).toBe('Online agents');
    expect(wrapper.get('main').attributes('aria-busy')).toBe('false');
    expect(boardLoads).toBe(1);
    expect(fake.waits).toEqual([]);
    wrapper.unmount();
  });
});
