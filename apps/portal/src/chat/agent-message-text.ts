/**
 * An agent's message with its formatting (bold, italic, links, lists), rendered safely by the
 * shared `ChatFormattedText`. The Markdown parser is loaded apart, when a conversation is on
 * screen, so the portal's first pages stay light; until it is there (or if it cannot load) the
 * message is shown as typed.
 */
import { defineAsyncComponent, defineComponent, h } from 'vue';

const AgentMessageAsTyped = defineComponent({
  name: 'AgentMessageAsTyped',
  props: { text: { type: String, required: true } },
  setup: (props) => () => h('span', { class: 'chat-entry__as-typed' }, props.text),
});

/** Starts loading the formatter; loading it twice costs nothing. */
export const loadChatFormatter = () => import('@deskstream/ui/chat-text').then((module) => module.ChatFormattedText);

export const AgentMessageText = defineAsyncComponent({
  loader: loadChatFormatter,
  loadingComponent: AgentMessageAsTyped,
  errorComponent: AgentMessageAsTyped,
  delay: 0,
});
