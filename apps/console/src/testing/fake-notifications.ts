import { DESKTOP_NOTIFICATIONS_KEY, type DesktopNotificationsEnvironment } from '../shell/desktop-notifications';

/** A browser's Notification API, the page's visibility and storage, all by hand. */
export function fakeBrowser(
  options: { permission?: NotificationPermission; answer?: NotificationPermission; saved?: string } = {},
) {
  const shown: {
    title: string;
    options: NotificationOptions | undefined;
    closed: boolean;
    onclick: ((event: Event) => void) | null;
  }[] = [];
  let permission: NotificationPermission = options.permission ?? 'default';
  let requests = 0;
  let focused = 0;
  const storage = new Map<string, string>(options.saved ? [[DESKTOP_NOTIFICATIONS_KEY, options.saved]] : []);
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    documentElement: { lang: 'fa', dir: 'rtl' } as HTMLElement,
  };
  class FakeNotification {
    static get permission() {
      return permission;
    }
    static async requestPermission() {
      requests++;
      permission = options.answer ?? 'granted';
      return permission;
    }
    onclick: ((event: Event) => void) | null = null;
    constructor(title: string, init?: NotificationOptions) {
      const entry = { title, options: init, closed: false, onclick: null as ((event: Event) => void) | null };
      shown.push(entry);
      Object.defineProperty(this, 'onclick', { set: (handler) => (entry.onclick = handler), get: () => entry.onclick });
    }
    close() {
      shown.find((entry) => entry.onclick === this.onclick)!.closed = true;
    }
  }
  const env: DesktopNotificationsEnvironment = {
    Notification: FakeNotification,
    document: page,
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    focusWindow: () => void focused++,
  };
  return { env, shown, page, storage, requests: () => requests, focused: () => focused };
}
