/**
 * What the widget on a library's page and the chat page in its frame (`/chat?embed=1`) tell each
 * other with `postMessage`. Nothing private crosses: the frame says which screen it shows and
 * whether anyone of the chosen department is online (public facts), and that Escape was pressed;
 * the widget asks the frame to put the focus on its first or last control.
 */
export const FROM_FRAME = 'deskstream-chat-frame';
export const FROM_WIDGET = 'deskstream-chat-widget';

export type FrameAvailability = 'unknown' | 'checking' | 'online' | 'offline';

/** The chat page's state, sent when it changes. */
export interface FrameState {
  source: typeof FROM_FRAME;
  type: 'state';
  /** loading, resume-error, form, offline-sent or chat (a chat is going on, or just ended). */
  screen: string;
  departmentId: string | null;
  availability: FrameAvailability;
}

/** Escape pressed in the frame and not used there: the widget closes its panel. */
export interface FrameEscape {
  source: typeof FROM_FRAME;
  type: 'escape';
}

export type FrameMessage = FrameState | FrameEscape;

/** The widget asks the page in the frame to focus its first or last control (Tab wrapping round). */
export interface WidgetFocusRequest {
  source: typeof FROM_WIDGET;
  type: 'focus';
  at: 'first' | 'last';
}

const AVAILABILITIES: readonly string[] = ['unknown', 'checking', 'online', 'offline'];

/** A message from the frame, checked field by field (anything else is ignored). */
export function asFrameMessage(data: unknown): FrameMessage | null {
  if (data === null || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (message['source'] !== FROM_FRAME) return null;
  if (message['type'] === 'escape') return { source: FROM_FRAME, type: 'escape' };
  if (message['type'] !== 'state' || typeof message['screen'] !== 'string') return null;
  const departmentId = typeof message['departmentId'] === 'string' ? message['departmentId'] : null;
  const availability = AVAILABILITIES.includes(message['availability'] as string)
    ? (message['availability'] as FrameAvailability)
    : 'unknown';
  return { source: FROM_FRAME, type: 'state', screen: message['screen'], departmentId, availability };
}

export function asFocusRequest(data: unknown): WidgetFocusRequest | null {
  if (data === null || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (message['source'] !== FROM_WIDGET || message['type'] !== 'focus') return null;
  return { source: FROM_WIDGET, type: 'focus', at: message['at'] === 'last' ? 'last' : 'first' };
}
