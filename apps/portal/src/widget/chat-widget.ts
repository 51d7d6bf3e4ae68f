/**
 * The chat widget a library pastes into its own site:
 *
 *   <script src="https://desk.example/widget.js" data-department="law" data-locale="fa" async></script>
 *
 * It adds a launcher button; the button opens a panel with the portal's own chat page in a frame
 * (`/chat?embed=1&department=…&locale=…`), so the chat runs on the desk's origin with its own
 * storage and connection, untouched by the host page's scripts and styles. The launcher lives in
 * a shadow root for the same reason. No dependencies: this file is the whole widget.
 */
type WidgetLocale = 'fa' | 'en' | 'ja' | 'vi';

const LABELS: Record<WidgetLocale, { open: string; close: string; frame: string }> = {
  fa: { open: 'گفت‌وگو با کتابدار', close: 'بستن گفت‌وگو', frame: 'گفت‌وگو با کتابدار' },
  en: { open: 'Chat with a librarian', close: 'Close the chat', frame: 'Chat with a librarian' },
  ja: { open: '司書とチャット', close: 'チャットを閉じる', frame: '司書とチャット' },
  vi: { open: 'Trò chuyện với thủ thư', close: 'Đóng cuộc trò chuyện', frame: 'Trò chuyện với thủ thư' },
};

const STYLE = `
:host { all: initial; }
.launcher {
  position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem; z-index: 2147483000;
  display: inline-flex; align-items: center; gap: 0.5rem;
  min-block-size: 3rem; padding-block: 0.6rem; padding-inline: 1.1rem;
  border: none; border-radius: 999px; background: #1f5fbf; color: #fff;
  font: 600 1rem/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Tahoma, sans-serif;
  box-shadow: 0 2px 4px rgb(16 24 40 / 0.2), 0 8px 24px rgb(16 24 40 / 0.2); cursor: pointer;
}
.launcher:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.launcher svg { inline-size: 1.25rem; block-size: 1.25rem; fill: currentColor; }
.panel {
  position: fixed; inset-block-end: 5rem; inset-inline-end: 1rem; z-index: 2147483000;
  inline-size: min(26rem, calc(100vw - 2rem)); block-size: min(40rem, calc(100vh - 7rem));
  border: 1px solid #c9ced6; border-radius: 0.75rem; overflow: hidden; background: #f4f5f7;
  box-shadow: 0 2px 4px rgb(16 24 40 / 0.15), 0 12px 32px rgb(16 24 40 / 0.25);
}
.panel[hidden] { display: none; }
iframe { display: block; inline-size: 100%; block-size: 100%; border: 0; }
`;

const OPEN_KEY = 'deskstream.chatWidget.open';

function widgetLocale(given: string | undefined, languages: readonly string[]): WidgetLocale {
  for (const tag of [given ?? '', ...languages]) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (language === 'fa' || language === 'en' || language === 'ja' || language === 'vi') return language;
  }
  return 'en';
}

export interface MountedWidget {
  host: HTMLElement;
  open(): void;
  close(): void;
}

/** Adds the launcher for this script tag; a page that loads the script twice gets one launcher. */
export function mountChatWidget(script: HTMLScriptElement | null, doc: Document = document, view: Window | null = doc.defaultView): MountedWidget | null {
  if (!script?.src || doc.querySelector('[data-deskstream-chat]')) return null;
  const origin = new URL(script.src, doc.baseURI).origin;
  const locale = widgetLocale(script.dataset['locale'], view?.navigator.languages ?? []);
  const labels = LABELS[locale];

  const host = doc.createElement('div');
  host.setAttribute('data-deskstream-chat', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const frameBox = doc.createElement('div');
  frameBox.setAttribute('dir', locale === 'fa' ? 'rtl' : 'ltr');
  frameBox.setAttribute('lang', locale);

  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.id = 'deskstream-chat-panel';
  panel.hidden = true;
  panel.setAttribute('data-test', 'deskstream-chat-panel');

  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('data-test', 'deskstream-chat-launcher');
  launcher.setAttribute('aria-controls', panel.id);
  launcher.setAttribute('aria-expanded', 'false');
  const icon = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  const bubble = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  bubble.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
  icon.append(bubble);
  const caption = doc.createElement('span');
  launcher.append(icon, caption);

  const remember = (open: boolean) => {
    try {
      view?.sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
    } catch {
      // storage blocked: the panel just starts closed next time
    }
  };

  const show = (open: boolean) => {
    if (open && !panel.querySelector('iframe')) {
      const frame = doc.createElement('iframe');
      const address = new URL('/chat', origin);
      address.searchParams.set('embed', '1');
      address.searchParams.set('locale', locale);
      const department = script.dataset['department'];
      if (department) address.searchParams.set('department', department);
      frame.src = address.href;
      frame.title = labels.frame;
      frame.setAttribute('data-test', 'deskstream-chat-frame');
      frame.setAttribute('allow', 'clipboard-write');
      panel.append(frame);
    }
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    caption.textContent = open ? labels.close : labels.open;
    remember(open);
  };

  launcher.addEventListener('click', () => show(panel.hidden));
  caption.textContent = labels.open;
  frameBox.append(panel, launcher);
  root.append(style, frameBox);
  doc.body.append(host);

  let wasOpen = false;
  try {
    wasOpen = view?.sessionStorage.getItem(OPEN_KEY) === '1';
  } catch {
    wasOpen = false;
  }
  if (wasOpen) show(true);
  return { host, open: () => show(true), close: () => show(false) };
}
