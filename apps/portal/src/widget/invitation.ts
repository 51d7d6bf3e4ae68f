/**
 * The invitation bubble: shown once its rule says so (see `invitation-rules.ts`), in a polite live
 * region beside the launcher. It never takes the focus; it moves only for visitors who have not
 * asked for reduced motion; "Start a chat" opens the panel, "No, thanks" (or Escape inside it)
 * dismisses it. Each one shown is remembered on the site, for the rule's frequency.
 */
import {
  chooseInvitation,
  invitationText,
  invitationVerdict,
  localDay,
  type FrameSnapshot,
  type InvitationMemory,
  type InvitationRule,
} from './invitation-rules';
import type { WidgetLabels, WidgetLocale } from './widget-labels';

const DAY_KEY = 'deskstream.chatWidget.invitedOn';
const VISIT_KEY = 'deskstream.chatWidget.invited';

export interface InvitationHooks {
  doc: Document;
  view: Window | null;
  locale: WidgetLocale;
  labels: WidgetLabels;
  /** The live region the bubble is written into (empty while nothing is offered). */
  region: HTMLElement;
  panelOpened(): boolean;
  frame(): FrameSnapshot | null;
  /** Loads the chat page in the (closed) panel, to learn who is online. */
  loadFrame(): void;
  accept(): void;
  /** Where the focus goes when the bubble it was in goes away. */
  focusLauncher(): void;
  now?: () => number;
}

function storageOf(view: Window | null, kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return view?.[kind] ?? null;
  } catch {
    return null;
  }
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // storage blocked: the visitor may be invited again
  }
}

export interface RunningInvitation {
  /** Looks again (the frame said something new, the panel opened). */
  update(): void;
  stop(): void;
}

/** Starts the invitation of the first rule that fits this page, if any. */
export function startInvitation(rules: readonly InvitationRule[], hooks: InvitationHooks): RunningInvitation | null {
  const now = hooks.now ?? Date.now;
  const local = storageOf(hooks.view, 'localStorage');
  const session = storageOf(hooks.view, 'sessionStorage');
  const memory: InvitationMemory = { lastDay: read(local, DAY_KEY), shownThisVisit: read(session, VISIT_KEY) === '1' };
  const path = hooks.view?.location.pathname ?? '/';
  const rule = chooseInvitation(rules, { path, now: new Date(now()), memory });
  if (!rule) return null;

  const started = now();
  let state: 'waiting' | 'shown' | 'over' = 'waiting';
  const { doc, region, labels } = hooks;

  function dismiss(): void {
    const hadFocus = region.contains((region.getRootNode() as Document | ShadowRoot).activeElement);
    region.replaceChildren();
    state = 'over';
    if (hadFocus) hooks.focusLauncher();
  }

  function show(): void {
    state = 'shown';
    const moment = new Date(now());
    write(local, DAY_KEY, localDay(moment));
    write(session, VISIT_KEY, '1');
    const text = doc.createElement('p');
    text.textContent = invitationText(rule!, hooks.locale, labels.invite);
    const accept = doc.createElement('button');
    accept.type = 'button';
    accept.className = 'accept';
    accept.textContent = labels.inviteAccept;
    accept.setAttribute('data-test', 'deskstream-chat-invite-accept');
    accept.addEventListener('click', () => {
      region.replaceChildren();
      state = 'over';
      hooks.accept();
    });
    const no = doc.createElement('button');
    no.type = 'button';
    no.textContent = labels.inviteDismiss;
    no.setAttribute('data-test', 'deskstream-chat-invite-dismiss');
    no.addEventListener('click', dismiss);
    const actions = doc.createElement('div');
    actions.className = 'actions';
    actions.append(accept, no);
    region.replaceChildren(text, actions);
  }

  function update(): void {
    if (state === 'over') return;
    if (state === 'shown') {
      // The visitor opened the chat another way: the offer has done its work.
      if (hooks.panelOpened()) {
        region.replaceChildren();
        state = 'over';
      }
      return;
    }
    const elapsedMs = now() - started;
    const verdict = invitationVerdict(rule!, { elapsedMs, panelOpened: hooks.panelOpened(), frame: hooks.frame() });
    if (verdict === 'never') {
      state = 'over';
      clearTimeout(timer);
    } else if (verdict === 'show') {
      show();
    } else if (elapsedMs >= rule!.afterSeconds * 1000 && rule!.whenOnline && !hooks.frame()) {
      hooks.loadFrame();
    }
  }

  region.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state === 'shown') {
      event.stopPropagation();
      dismiss();
    }
  });
  const timer = setTimeout(update, rule.afterSeconds * 1000);
  return {
    update,
    stop() {
      clearTimeout(timer);
      state = 'over';
    },
  };
}
