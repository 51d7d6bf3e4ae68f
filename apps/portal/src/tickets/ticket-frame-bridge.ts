/**
 * The contact form inside the chat widget's frame (reached from the chat when nobody is online)
 * talking to the widget as the chat page does (`widget/frame-page-bridge.ts`): an Escape nothing
 * on the page used closes the widget's panel, its focus trap wrapping round lands on the form's
 * first or last control, and the widget hears which screen it shows (never an invitation over a
 * form someone is writing).
 */
import type { Ref } from 'vue';
import { connectFramePage } from '../widget/frame-page-bridge';

/** Starts the bridge when the page is in a frame; returns how to stop it. */
export function connectTicketFrame(screen: Ref<string>, departmentId: Ref<string>, view: Window = window): () => void {
  return connectFramePage(
    () => ({ screen: screen.value, departmentId: departmentId.value || null, availability: 'unknown' }),
    view,
  );
}
