/**
 * The page side of the widget's frame (see `frame-messages.ts`), the same for every page the
 * widget shows (the chat, the contact form): the page says which screen it shows, passes on an
 * Escape that nothing on the page used (the widget closes its panel), and focuses its first or
 * last control when the widget's focus trap wraps round.
 */
import { watch } from 'vue';
import { asFocusRequest, FROM_FRAME, type FrameMessage, type FrameState } from './frame-messages';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focuses the first or last control of the page that can take it. */
export function focusEdge(doc: Document, at: 'first' | 'last'): void {
  const controls = [...doc.querySelectorAll<HTMLElement>(TABBABLE)].filter((each) => each.getClientRects().length > 0);
  (at === 'first' ? controls[0] : controls.at(-1))?.focus();
}

export type FramePageState = Omit<FrameState, 'source' | 'type'>;

/**
 * Starts the bridge when the page is in a frame, telling the widget the page's state now and on
 * every change; returns how to stop it.
 */
export function connectFramePage(state: () => FramePageState, view: Window = window): () => void {
  if (view.parent === view) return () => undefined;
  // The widget may sit on any site; what is sent is public (a screen name and who is online).
  const tell = (message: FrameMessage) => view.parent.postMessage(message, '*');
  const stopWatching = watch(state, (next) => tell({ source: FROM_FRAME, type: 'state', ...next }), {
    immediate: true,
  });
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) tell({ source: FROM_FRAME, type: 'escape' });
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== view.parent) return;
    const request = asFocusRequest(event.data);
    if (request) focusEdge(view.document, request.at);
  };
  view.addEventListener('keydown', onKeydown);
  view.addEventListener('message', onMessage);
  return () => {
    stopWatching();
    view.removeEventListener('keydown', onKeydown);
    view.removeEventListener('message', onMessage);
  };
}
