import { createDeskstreamI18n, createSessionPersistence, installGraphql } from '@deskstream/ui';
import { createFakeGraphql, type FakeResolver } from '@deskstream/ui/testing';
import { createPinia } from 'pinia';
import { createApp, type App, type Plugin } from 'vue';
import type { StaffMemberFieldsFragment as StaffMember } from '../generated/graphql';
import { consoleMessages } from '../i18n/messages/index';
import { sessionPersistenceKey } from '../session/session-store';

/** An agent as the api describes one, for tests. */
export function staffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'agent-1',
    username: 'sara',
    displayName: 'Sara Ahmadi',
    roles: ['AGENT'],
    departments: [{ id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } }],
    presence: 'OFFLINE',
    onlineSince: null,
    ...overrides,
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/**
 * Everything the console's stores and components need, with a fake api: Pinia, the GraphQL
 * connection, i18n in the given locale and session persistence in memory. `plugin` installs it
 * all into a test mount; `app` lets stores be used outside any component.
 */
export function createConsoleHarness(
  resolvers: Record<string, FakeResolver> = {},
  options: { token?: string; locale?: string } = {},
) {
  const fake = createFakeGraphql(resolvers);
  const persistence = createSessionPersistence(memoryStorage());
  if (options.token) persistence.save(options.token);
  const pinia = createPinia();
  const i18n = createDeskstreamI18n({
    messages: consoleMessages,
    storage: null,
    browserLanguages: [options.locale ?? 'en'],
    document,
  });
  const plugin: Plugin = {
    install(app: App) {
      app.use(pinia);
      app.use(i18n);
      installGraphql(app, fake.connection);
      app.provide(sessionPersistenceKey, persistence);
    },
  };
  const app = createApp({ render: () => null });
  app.use(plugin);
  return { fake, persistence, pinia, i18n, plugin, app };
}
