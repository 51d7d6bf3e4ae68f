import { defineStore } from 'pinia';
import { computed, inject, ref, type InjectionKey } from 'vue';
import { routerKey } from 'vue-router';

/**
 * Desktop notifications (the browser's Notification API) for what needs the agent while the
 * console's tab is hidden: a new chat, an @mention. The console never asks for permission on its
 * own; the profile menu's "Enable desktop notifications" does, on the agent's click, and the
 * choice is kept per browser. `notifyDesktop` shows nothing while the page is visible.
 */
export interface DesktopNotice {
  title: string;
  body: string;
  /** Where a click leads: a console path such as `/chats` (other addresses only bring the tab forward). */
  url: string;
  /** Notices with the same tag replace each other (one per chat, say). */
  tag?: string;
}

export type DesktopPermission = NotificationPermission | 'unsupported';

interface ShownNotification {
  onclick: ((event: Event) => void) | null;
  close(): void;
}

/** What the store needs from the browser; tests give a fake. */
export interface DesktopNotificationsEnvironment {
  Notification:
    | {
        readonly permission: NotificationPermission;
        requestPermission(): Promise<NotificationPermission>;
        new (title: string, options?: NotificationOptions): ShownNotification;
      }
    | undefined;
  document: Pick<Document, 'visibilityState' | 'documentElement'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  focusWindow(): void;
}

export const desktopNotificationsKey: InjectionKey<DesktopNotificationsEnvironment> = Symbol(
  'deskstream.console.desktop-notifications',
);
export const DESKTOP_NOTIFICATIONS_KEY = 'deskstream.desktopNotifications';

function browserEnvironment(): DesktopNotificationsEnvironment {
  let storage: DesktopNotificationsEnvironment['storage'] = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage may be refused (private mode, policy): the choice then lasts for this page only.
  }
  return {
    Notification: typeof Notification === 'undefined' ? undefined : Notification,
    document,
    storage,
    focusWindow: () => window.focus(),
  };
}

const isConsolePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

export const useDesktopNotificationsStore = defineStore('desktop-notifications', () => {
  const env = inject(desktopNotificationsKey, null) ?? browserEnvironment();
  const router = inject(routerKey, null);
  const permission = ref<DesktopPermission>(env.Notification ? env.Notification.permission : 'unsupported');
  const wanted = ref(env.storage?.getItem(DESKTOP_NOTIFICATIONS_KEY) === 'on');
  const supported = computed(() => permission.value !== 'unsupported');
  const enabled = computed(() => permission.value === 'granted' && wanted.value);

  function remember(on: boolean): void {
    wanted.value = on;
    try {
      env.storage?.setItem(DESKTOP_NOTIFICATIONS_KEY, on ? 'on' : 'off');
    } catch {
      // Kept for this page only.
    }
  }

  /** Asks the browser for permission if it has not been given or refused yet; call it from a click only. */
  async function enable(): Promise<void> {
    if (!env.Notification) return;
    if (env.Notification.permission === 'default') permission.value = await env.Notification.requestPermission();
    else permission.value = env.Notification.permission;
    if (permission.value === 'granted') remember(true);
  }

  function disable(): void {
    remember(false);
  }

  /** Shows the notice on the desktop if the agent enabled it and the console's page is hidden; true if shown. */
  function notifyDesktop(notice: DesktopNotice): boolean {
    if (!env.Notification) return false;
    permission.value = env.Notification.permission;
    if (!enabled.value || env.document.visibilityState !== 'hidden') return false;
    const root = env.document.documentElement;
    const shown = new env.Notification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      lang: root.lang || undefined,
      dir: root.dir === 'rtl' ? 'rtl' : 'auto',
    });
    shown.onclick = () => {
      env.focusWindow();
      if (isConsolePath(notice.url) && router) void router.push(notice.url);
      shown.close();
    };
    return true;
  }

  return { permission, supported, enabled, enable, disable, notifyDesktop };
});

/** The desktop notifications as a composable: `notifyDesktop({ title, body, url })` and the switch's state. */
export function useDesktopNotifications() {
  return useDesktopNotificationsStore();
}
