/** The entry point of `widget.js`: mounts the launcher for the script tag that loaded it. */
import { mountChatWidget } from './chat-widget';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
if (document.body) mountChatWidget(script);
else document.addEventListener('DOMContentLoaded', () => mountChatWidget(script), { once: true });
