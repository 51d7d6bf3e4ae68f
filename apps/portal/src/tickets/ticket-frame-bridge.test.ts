import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { connectTicketFrame } from './ticket-frame-bridge';

function fakeFrame() {
  const listeners = new Map<string, (event: unknown) => void>();
  const parent = { postMessage: vi.fn() };
  const view = {
    parent,
    document,
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { view: view as unknown as Window, parent, listeners };
}

describe('the contact form in the widget’s frame', () => {
  it('tells the widget its screen, passes on an unused Escape, and focuses its edge when asked', async () => {
    const { view, parent, listeners } = fakeFrame();
    document.body.innerHTML = '<button id="first">a</button><button id="last">b</button>';
    for (const button of document.querySelectorAll('button'))
      button.getClientRects = () => [{}] as unknown as DOMRectList;
    const screen = ref('ticket-form');
    const stop = connectTicketFrame(screen, ref('law'), view);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      {
        source: 'deskstream-chat-frame',
        type: 'state',
        screen: 'ticket-form',
        departmentId: 'law',
        availability: 'unknown',
      },
      '*',
    );
    screen.value = 'ticket-sent';
    await nextTick();
    expect(parent.postMessage.mock.lastCall?.[0]).toMatchObject({ screen: 'ticket-sent' });

    listeners.get('keydown')!({ key: 'Escape', defaultPrevented: false });
    expect(parent.postMessage).toHaveBeenLastCalledWith({ source: 'deskstream-chat-frame', type: 'escape' }, '*');
    listeners.get('message')!({
      source: parent,
      data: { source: 'deskstream-chat-widget', type: 'focus', at: 'last' },
    });
    expect(document.activeElement?.id).toBe('last');
    stop();
    expect(listeners.size).toBe(0);
  });

  it('does nothing outside a frame', () => {
    const view = { parent: null } as unknown as Window;
    (view as unknown as { parent: Window }).parent = view;
    expect(connectTicketFrame(ref('ticket-form'), ref(''), view)()).toBeUndefined();
  });
});
