/**
 * The chat widget a library pastes into its own site:
 *
 *   <script src="https://desk.example/widget.js" data-department="law" data-locale="fa" async></script>
 *
 * It adds a launcher button; the button opens a panel with the portal's own chat page in a frame
 * (`/chat?embed=1&department=…&locale=…`), so the chat runs on the desk's origin with its own
 * storage and connection, untouched by the host page's scripts and styles. The launcher lives in
 * a shadow root for the same reason. No dependencies: these files are the whole widget.
 *
 * The panel follows the launcher in the document and is a dialog: opening it moves the focus
 * into it, Tab goes round inside it (focus guards at both ends, and the frame asked to focus its
 * last control when Shift+Tab wraps), Escape — also pressed inside the frame — closes it and
 * gives the focus back to the launcher. Invitations: `invitation-rules.ts`.
 *
 * The panel's bar also switches the frame to the portal's booking form (`/book?embed=1`, Book a
 * Librarian) and back to the chat; `data-open="book"` makes the booking form the panel's first page.
 */
import { asFrameMessage, FROM_WIDGET, type WidgetFocusRequest } from './frame-messages';
import { startInvitation } from './invitation';
import { rulesFromScript, type FrameSnapshot } from './invitation-rules';
import { WIDGET_LABELS, widgetLocale } from './widget-labels';
import { WIDGET_STYLE } from './widget-style';

const OPEN_KEY = 'deskstream.chatWidget.open';
const SVG = 'http://www.w3.org/2000/svg';

export interface MountedWidget {
  host: HTMLElement;
  open(): void;
  close(): void;
}

export interface WidgetOptions {
  /** The clock (tests set it). */
  now?: () => number;
}

function icon(doc: Document, path: string, filled: boolean): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  if (!filled) svg.setAttribute('fill', 'none');
  const shape = doc.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string>,
): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

function sessionFlag(view: Window | null, value?: boolean): boolean {
  try {
    if (value !== undefined) view?.sessionStorage.setItem(OPEN_KEY, value ? '1' : '0');
    return view?.sessionStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false; // storage blocked: the panel just starts closed next time
  }
}

/** Adds the launcher for this script tag; a page that loads the script twice gets one launcher. */
export function mountChatWidget(
  script: HTMLScriptElement | null,
  doc: Document = document,
  view: Window | null = doc.defaultView,
  options: WidgetOptions = {},
): MountedWidget | null {
  if (!script?.src || doc.querySelector('[data-deskstream-chat]')) return null;
  const origin = new URL(script.src, doc.baseURI).origin;
  const locale = widgetLocale(script.dataset['locale'], view?.navigator.languages ?? []);
  const labels = WIDGET_LABELS[locale];

  const host = element(doc, 'div', { 'data-deskstream-chat': '' });
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = WIDGET_STYLE;
  const frameBox = element(doc, 'div', { dir: locale === 'fa' ? 'rtl' : 'ltr', lang: locale });

  const launcher = element(doc, 'button', {
    type: 'button',
    class: 'launcher',
    'data-test': 'deskstream-chat-launcher',
    'aria-controls': 'deskstream-chat-panel',
    'aria-expanded': 'false',
  });
  const caption = doc.createElement('span');
  launcher.append(
    icon(doc, 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z', true),
    caption,
  );

  const invite = element(doc, 'div', {
    class: 'invite',
    role: 'status',
    'aria-live': 'polite',
    'data-test': 'deskstream-chat-invite',
  });

  const panel = element(doc, 'div', {
    class: 'panel',
    id: 'deskstream-chat-panel',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': labels.frame,
    'data-test': 'deskstream-chat-panel',
  });
  panel.hidden = true;
  const guardStart = element(doc, 'span', { class: 'guard', tabindex: '0', 'data-focus-guard': 'start' });
  const guardEnd = element(doc, 'span', { class: 'guard', tabindex: '0', 'data-focus-guard': 'end' });
  const bar = element(doc, 'div', { class: 'bar' });
  const closeButton = element(doc, 'button', {
    type: 'button',
    class: 'close',
    'aria-label': labels.close,
    'data-test': 'deskstream-chat-close',
  });
  closeButton.append(icon(doc, 'M5 5l14 14M19 5L5 19', false));
  const switchButton = element(doc, 'button', {
    type: 'button',
    class: 'switch',
    'data-test': 'deskstream-book-switch',
  });
  bar.append(switchButton, closeButton);
  panel.append(guardStart, bar, guardEnd);

  let frame: HTMLIFrameElement | null = null;
  let frameState: FrameSnapshot | null = null;
  let opened = false;
  let page: 'chat' | 'book' = script.dataset['open'] === 'book' ? 'book' : 'chat';

  function frameAddress(): string {
    const address = new URL(page === 'book' ? '/book' : '/chat', origin);
    address.searchParams.set('embed', '1');
    address.searchParams.set('locale', locale);
    const department = script!.dataset['department'];
    if (department && page === 'chat') address.searchParams.set('department', department);
    return address.href;
  }

  function showPage(next: 'chat' | 'book'): void {
    page = next;
    switchButton.textContent = page === 'book' ? labels.chat : labels.book;
    if (page === 'book') frameState = null;
    panel.setAttribute('aria-label', page === 'book' ? labels.book : labels.frame);
    if (!frame) return;
    frame.title = page === 'book' ? labels.book : labels.frame;
    frame.src = frameAddress();
  }

  function ensureFrame(): HTMLIFrameElement {
    if (frame) return frame;
    frame = element(doc, 'iframe', {
      src: frameAddress(),
      title: page === 'book' ? labels.book : labels.frame,
      'data-test': 'deskstream-chat-frame',
      allow: 'clipboard-write',
    });
    panel.insertBefore(frame, guardEnd);
    return frame;
  }

  const askFrameToFocus = (at: WidgetFocusRequest['at']) => {
    const request: WidgetFocusRequest = { source: FROM_WIDGET, type: 'focus', at };
    frame?.contentWindow?.postMessage(request, origin);
  };

  function show(open: boolean, moveFocus: boolean): void {
    if (open) ensureFrame();
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    caption.textContent = open ? labels.close : labels.open;
    sessionFlag(view, open);
    if (open) opened = true;
    invitation?.update();
    if (!moveFocus) return;
    if (open) frame!.focus();
    else launcher.focus();
  }

  launcher.addEventListener('click', () => show(panel.hidden, true));
  switchButton.addEventListener('click', () => showPage(page === 'book' ? 'chat' : 'book'));
  closeButton.addEventListener('click', () => show(false, true));
  guardEnd.addEventListener('focus', () => switchButton.focus());
  guardStart.addEventListener('focus', () => {
    ensureFrame().focus();
    askFrameToFocus('last');
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    show(false, true);
  });
  view?.addEventListener('message', (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
    const message = asFrameMessage(event.data);
    if (message?.type === 'escape' && !panel.hidden) show(false, true);
    if (message?.type === 'state') {
      frameState = { screen: message.screen, availability: message.availability };
      invitation?.update();
    }
  });

  caption.textContent = labels.open;
  showPage(page);
  frameBox.append(launcher, invite, panel);
  root.append(style, frameBox);
  doc.body.append(host);

  const rules = rulesFromScript(script.dataset, (id) => doc.getElementById(id)?.textContent ?? null);
  const invitation = startInvitation(rules, {
    doc,
    view,
    locale,
    labels,
    region: invite,
    panelOpened: () => opened,
    frame: () => frameState,
    loadFrame: ensureFrame,
    accept: () => show(true, true),
    focusLauncher: () => launcher.focus(),
    ...(options.now ? { now: options.now } : {}),
  });

  // Opens again after a reload of the host page, without taking the focus from the page.
  if (sessionFlag(view)) show(true, false);
  return { host, open: () => show(true, true), close: () => show(false, true) };
}
