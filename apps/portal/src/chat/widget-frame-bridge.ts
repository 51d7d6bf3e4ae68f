/**
 * The chat page inside the widget's frame talking to the widget on the library's page (see
 * `widget/frame-messages.ts`): it says which screen it shows and whether anyone of the chosen
 * department is online (for invitations "only when someone is online"), passes on an Escape that
 * nothing on the page used (the widget closes its panel), and focuses its first or last control
 * when the widget's focus trap wraps round.
 */
import { storeToRefs } from 'pinia';
import { watch } from 'vue';
import { asFocusRequest, FROM_FRAME, type FrameMessage } from '../widget/frame-messages';
import { useChatFormStore } from './chat-form-store';
import { useVisitorChatStore } from './visitor-chat-store';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focuses the first or last control of the page that can take it. */
export function focusEdge(doc: Document, at: 'first' | 'last'): void {
  const controls = [...doc.querySelectorAll<HTMLElement>(TABBABLE)].filter((each) => each.getClientRects().length > 0);
  (at === 'first' ? controls[0] : controls.at(-1))?.focus();
}

/** Starts the bridge when the page is in a frame; returns how to stop it. */
export function connectWidgetFrame(view: Window = window): () => void {
  if (view.parent === view) return () => undefined;
  const { screen } = storeToRefs(useVisitorChatStore());
  const { departmentId, availability } = storeToRefs(useChatFormStore());
  // The widget may sit on any site; what is sent is public (a screen name and who is online).
  const tell = (message: FrameMessage) => view.parent.postMessage(message, '*');

  const stopWatching = watch(
    [screen, departmentId, availability],
    ([nextScreen, nextDepartment, nextAvailability]) =>
      tell({
        source: FROM_FRAME,
        type: 'state',
        screen: nextScreen,
        departmentId: nextDepartment,
        availability: nextAvailability,
      }),
    { immediate: true },
  );
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
