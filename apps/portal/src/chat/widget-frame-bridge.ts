/**
 * The chat page inside the widget's frame talking to the widget on the library's page (see
 * `widget/frame-page-bridge.ts`): it says which screen it shows and whether anyone of the chosen
 * department is online (for invitations "only when someone is online"), passes on an Escape that
 * nothing on the page used (the widget closes its panel), and focuses its first or last control
 * when the widget's focus trap wraps round.
 */
import { storeToRefs } from 'pinia';
import { connectFramePage } from '../widget/frame-page-bridge';
import { useChatFormStore } from './chat-form-store';
import { useVisitorChatStore } from './visitor-chat-store';

/** Starts the bridge when the page is in a frame; returns how to stop it. */
export function connectWidgetFrame(view: Window = window): () => void {
  if (view.parent === view) return () => undefined;
  const { screen } = storeToRefs(useVisitorChatStore());
  const { departmentId, availability } = storeToRefs(useChatFormStore());
  return connectFramePage(
    () => ({ screen: screen.value, departmentId: departmentId.value, availability: availability.value }),
    view,
  );
}
