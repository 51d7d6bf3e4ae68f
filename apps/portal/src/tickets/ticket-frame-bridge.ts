/**
 * The contact form inside the chat widget's frame (reached from the chat when nobody is online)
 * talking to the widget as the chat page does (`widget/frame-messages.ts`): an Escape nothing on
 * the page used closes the widget's panel, its focus trap wrapping round lands on the form's first
 * or last control, and the widget hears which screen it shows (never an invitation over a form
 * someone is writing).
 */
import { watch, type Ref } from 'vue';
import { focusEdge } from '../chat/widget-frame-bridge';
import { asFocusRequest, FROM_FRAME, type FrameMessage } from '../widget/frame-messages';

/** Starts the bridge when the page is in a frame; returns how to stop it. */
export function connectTicketFrame(screen: Ref<string>, departmentId: Ref<string>, view: Window = window): () => void {
  if (view.parent === view) return () => undefined;
  // The widget may sit on any site; what is sent is public (a screen name).
  const tell = (message: FrameMessage) => view.parent.postMessage(message, '*');
  const stopWatching = watch(
    [screen, departmentId],
    ([nextScreen, nextDepartment]) =>
      tell({
        source: FROM_FRAME,
        type: 'state',
        screen: nextScreen,
        departmentId: nextDepartment || null,
        availability: 'unknown',
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
