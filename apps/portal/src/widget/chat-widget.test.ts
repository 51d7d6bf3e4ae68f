import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountChatWidget } from './chat-widget';

function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const script = page.createElement('script');
  script.src = 'https://desk.example/widget.js';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

const mount = (attributes: Record<string, string>, options: Parameters<typeof mountChatWidget>[3] = {}) =>
  mountChatWidget(scriptTag(attributes), page, host as unknown as typeof window, options);
const part = (widgetHost: HTMLElement, test: string) =>
  widgetHost.shadowRoot!.querySelector<HTMLElement>(`[data-test="${test}"]`);

// A library's page in a browser window of its own, whose console stays quiet when the test
// browser declines to load the frame.
const quiet = { error: () => undefined, warn: () => undefined, log: () => undefined } as unknown as Console;
let host: Window;
let page: Document;
beforeEach(() => {
  host = new Window({ url: 'https://library.example/', console: quiet });
  page = host.document as unknown as Document;
});
afterEach(async () => {
  await host.happyDOM.close();
});

describe('the chat widget script', () => {
  it('adds a launcher that opens the portal chat page in a frame, for the department and language given', () => {
    const widget = mount({ 'data-department': 'law', 'data-locale': 'fa' })!;
    const launcher = part(widget.host, 'deskstream-chat-launcher') as HTMLButtonElement;
    expect(launcher.textContent).toBe('گفت‌وگو با کتابدار');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.parentElement!.getAttribute('dir')).toBe('rtl');
    expect(part(widget.host, 'deskstream-chat-frame')).toBeNull();

    launcher.click();
    const frame = part(widget.host, 'deskstream-chat-frame') as HTMLIFrameElement;
    const address = new URL(frame.src);
    expect(address.origin + address.pathname).toBe('https://desk.example/chat');
    expect(Object.fromEntries(address.searchParams)).toEqual({ embed: '1', locale: 'fa', department: 'law' });
    expect(part(widget.host, 'deskstream-chat-panel')!.hidden).toBe(false);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(launcher.textContent).toBe('بستن گفت‌وگو');

    launcher.click();
    expect(part(widget.host, 'deskstream-chat-panel')!.hidden).toBe(true);
    launcher.click();
    // The same frame, so the chat in it carries on.
    expect(part(widget.host, 'deskstream-chat-frame')).toBe(frame);
  });

  it('switches the panel to the booking form (Book a Librarian) and back to the chat', () => {
    const widget = mount({ 'data-department': 'law', 'data-locale': 'vi' })!;
    widget.open();
    const frame = part(widget.host, 'deskstream-chat-frame') as HTMLIFrameElement;
    const switchButton = part(widget.host, 'deskstream-book-switch') as HTMLButtonElement;
    expect(switchButton.textContent).toBe('Đặt lịch với thủ thư');
    switchButton.click();
    const address = new URL(frame.src);
    expect(address.origin + address.pathname).toBe('https://desk.example/book');
    expect(Object.fromEntries(address.searchParams)).toEqual({ embed: '1', locale: 'vi' });
    expect(frame.title).toBe('Đặt lịch với thủ thư');
    expect(switchButton.textContent).toBe('Trò chuyện');
    switchButton.click();
    expect(new URL(frame.src).pathname).toBe('/chat');
  });

  it('opens on the booking form when the script asks for it', () => {
    const widget = mount({ 'data-open': 'book', 'data-locale': 'en' })!;
    widget.open();
    expect(new URL((part(widget.host, 'deskstream-chat-frame') as HTMLIFrameElement).src).pathname).toBe('/book');
  });

  it('falls back to the browser language, leaves the department to the visitor, and mounts once', () => {
    const widget = mount({ 'data-locale': 'xx' })!;
    expect(part(widget.host, 'deskstream-chat-launcher')!.textContent).toMatch(/\S/);
    widget.open();
    const address = new URL((part(widget.host, 'deskstream-chat-frame') as HTMLIFrameElement).src);
    expect(address.searchParams.has('department')).toBe(false);
    expect(['fa', 'en', 'ja', 'vi']).toContain(address.searchParams.get('locale'));
    expect(mount({})).toBeNull();
    expect(page.querySelectorAll('[data-deskstream-chat]')).toHaveLength(1);
  });

  it('opens again after the host page reloads if the visitor left it open', () => {
    mount({ 'data-locale': 'ja' })!.open();
    page.body.innerHTML = '';
    const again = mount({ 'data-locale': 'ja' })!;
    expect(part(again.host, 'deskstream-chat-panel')!.hidden).toBe(false);
    expect(part(again.host, 'deskstream-chat-launcher')!.textContent).toBe('チャットを閉じる');
  });

  it('puts the panel after the launcher, as a dialog with its own close button', () => {
    const widget = mount({ 'data-locale': 'en' })!;
    const launcher = part(widget.host, 'deskstream-chat-launcher')!;
    const panel = part(widget.host, 'deskstream-chat-panel')!;
    expect(launcher.compareDocumentPosition(panel) & 4 /* following */).toBeTruthy();
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('aria-label')).toBe('Chat with a librarian');
    expect(part(widget.host, 'deskstream-chat-close')!.getAttribute('aria-label')).toBe('Close the chat');
  });

  it('moves the focus into the panel when it opens, keeps Tab inside it, and gives it back to the launcher on Escape', () => {
    const widget = mount({ 'data-locale': 'en' })!;
    const root = widget.host.shadowRoot!;
    const launcher = part(widget.host, 'deskstream-chat-launcher')!;
    launcher.focus();
    launcher.click();
    const frame = part(widget.host, 'deskstream-chat-frame')!;
    expect(root.activeElement).toBe(frame);

    // Tab past the frame's last control lands on the guard at the end: back to the top of the panel.
    root.querySelector<HTMLElement>('[data-focus-guard="end"]')!.focus();
    expect(root.activeElement).toBe(part(widget.host, 'deskstream-book-switch'));
    // Shift+Tab from there lands on the guard at the start: round to the frame.
    root.querySelector<HTMLElement>('[data-focus-guard="start"]')!.focus();
    expect(root.activeElement).toBe(frame);

    part(widget.host, 'deskstream-chat-close')!.dispatchEvent(
      new host.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }) as unknown as Event,
    );
    expect(part(widget.host, 'deskstream-chat-panel')!.hidden).toBe(true);
    expect(root.activeElement).toBe(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');

    launcher.click();
    part(widget.host, 'deskstream-chat-close')!.click();
    expect(part(widget.host, 'deskstream-chat-panel')!.hidden).toBe(true);
    expect(root.activeElement).toBe(launcher);
  });

  it('does nothing without a script address', () => {
    expect(mountChatWidget(null, page, host as unknown as typeof window)).toBeNull();
    expect(page.querySelector('[data-deskstream-chat]')).toBeNull();
  });
});

describe('the chat invitation', () => {
  const invite = (widgetHost: HTMLElement) => part(widgetHost, 'deskstream-chat-invite')!;

  it('appears politely after the time set, without taking the focus, and opens the chat when accepted', async () => {
    let now = Date.parse('2026-06-01T10:00:00Z');
    const field = page.createElement('input');
    page.body.append(field);
    field.focus();
    const widget = mount({ 'data-locale': 'en', 'data-invite-after': '0.05' }, { now: () => now })!;
    expect(invite(widget.host).getAttribute('role')).toBe('status');
    expect(invite(widget.host).children).toHaveLength(0);
    now += 60;
    await new Promise((resolve) => host.setTimeout(resolve, 80));
    expect(invite(widget.host).textContent).toContain('A librarian is here to help');
    expect(page.activeElement).toBe(field);
    expect(host.localStorage.getItem('deskstream.chatWidget.invitedOn')).toMatch(/^2026-06-0[12]$/);

    part(widget.host, 'deskstream-chat-invite-accept')!.click();
    expect(part(widget.host, 'deskstream-chat-panel')!.hidden).toBe(false);
    expect(invite(widget.host).children).toHaveLength(0);
  });

  it('is dismissed with "No, thanks", the focus going to the launcher, and not offered again that day', async () => {
    const widget = mount({ 'data-locale': 'en', 'data-invite-after': '0' })!;
    await new Promise((resolve) => host.setTimeout(resolve, 10));
    const dismiss = part(widget.host, 'deskstream-chat-invite-dismiss')!;
    dismiss.focus();
    dismiss.click();
    expect(invite(widget.host).children).toHaveLength(0);
    expect(widget.host.shadowRoot!.activeElement).toBe(part(widget.host, 'deskstream-chat-launcher'));

    page.body.innerHTML = '';
    const again = mount({ 'data-locale': 'en', 'data-invite-after': '0' })!;
    await new Promise((resolve) => host.setTimeout(resolve, 10));
    expect(invite(again.host).children).toHaveLength(0);
  });
});
