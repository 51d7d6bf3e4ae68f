import { createDeskstreamI18n, installGraphql, type LocalizedText } from '@deskstream/ui';
import { createFakeGraphql, type FakeResolver } from '@deskstream/ui/testing';
import { createPinia } from 'pinia';
import { createApp, type App, type Plugin } from 'vue';
import { chatStorageKey, createChatStorage, type StorageLike } from '../chat/chat-storage';
import type { Department, TranscriptEntry, VisitorChatWithTranscript } from '../chat/operations';
import { portalMessages } from '../i18n/messages/index';

export const LAW: Department = {
  id: 'law',
  name: { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' } satisfies LocalizedText,
};
export const HUMANITIES: Department = {
  id: 'humanities',
  name: { fa: 'علوم انسانی', en: 'Humanities', ja: '人文学', vi: 'Khoa học Xã hội và Nhân văn' },
};

/** A storage in memory, with what was written, for tests. */
export function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

let entrySequence = 0;

/** A transcript entry as the api sends it. */
export function entry(overrides: Partial<TranscriptEntry> & Pick<TranscriptEntry, 'text'>): TranscriptEntry {
  entrySequence += 1;
  return {
    id: `entry-${entrySequence}`,
    kind: 'MESSAGE',
    author: { kind: 'VISITOR', name: 'Reza Karimi' },
    at: new Date(Date.UTC(2026, 2, 21, 8, 0, entrySequence)).toISOString(),
    notice: null,
    subject: null,
    clientMessageId: null,
    ...overrides,
  };
}

/** A visitor's chat as the api sends it. */
export function visitorChat(overrides: Partial<VisitorChatWithTranscript> = {}): VisitorChatWithTranscript {
  return {
    id: 'chat-1',
    status: 'PENDING',
    departmentId: 'law',
    visitorName: 'Reza Karimi',
    agentName: null,
    queuePosition: 1,
    requestedAt: '2026-03-21T08:00:00.000Z',
    closedAt: null,
    closedBy: null,
    rating: null,
    canRate: false,
    transcript: [entry({ id: 'first', text: 'شرایط عضویت مهمان چیست؟', at: '2026-03-21T08:00:00.000Z' })],
    ...overrides,
  };
}

/** The api's answers for a visitor who finds the department online. */
export const onlineDesk: Record<string, FakeResolver> = {
  ChatDepartments: () => ({ data: { departments: [HUMANITIES, LAW] } }),
  ChatAvailability: ({ departmentId }) => ({ data: { chatAvailability: { departmentId, online: true } } }),
};

/**
 * Everything the portal's chat needs, with a fake api: Pinia, the GraphQL connection, i18n in
 * the given locale and the chat's storage in memory. `plugin` installs it all into a test mount;
 * `app` lets stores be used outside any component.
 */
export function createPortalHarness(
  resolvers: Record<string, FakeResolver> = {},
  options: { locale?: string; storage?: ReturnType<typeof memoryStorage> } = {},
) {
  const fake = createFakeGraphql({ ...onlineDesk, ...resolvers });
  const storageArea = options.storage ?? memoryStorage();
  const storage = createChatStorage(storageArea);
  const pinia = createPinia();
  const i18n = createDeskstreamI18n({
    messages: portalMessages,
    storage: null,
    browserLanguages: [options.locale ?? 'en'],
    document,
  });
  const plugin: Plugin = {
    install(app: App) {
      app.use(pinia);
      app.use(i18n);
      installGraphql(app, fake.connection);
      app.provide(chatStorageKey, storage);
    },
  };
  const app = createApp({ render: () => null });
  app.use(plugin);
  return { fake, storage, storageArea, pinia, i18n, plugin, app };
}
