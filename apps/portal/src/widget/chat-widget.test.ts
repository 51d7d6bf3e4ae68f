import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountChatWidget } from './chat-widget';

function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const script = page.createElement('script');
  script.src = 'https://desk.example/widget.js';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

const mount = (attributes: Record<string, string>) => mountChatWidget(scriptTag(attributes), page, host as unknown as typeof window);
const part = (widgetHost: HTMLElement, test: string) => widgetHost.shadowRoot!.querySelector<HTMLElement>(`[data-test="${test}"]`);

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

  it('does nothing without a script address', () => {
    expect(mountChatWidget(null, page, host as unknown as typeof window)).toBeNull();
    expect(page.querySelector('[data-deskstream-chat]')).toBeNull();
  });
});
